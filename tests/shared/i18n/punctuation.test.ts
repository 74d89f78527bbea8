/** shared/i18n/punctuation.ts: clauses joined into one list. */
import { describe, expect, it } from 'vitest'
import { joinClauses } from '@shared/i18n/punctuation'

describe('joinClauses', () => {
  it('drops each clause’s own full stop before the separator, keeps the last one’s', () => {
    expect(
      joinClauses(['方案中有 4 个无效字段。', '工作负载 1 › 权重精度：为必填项', '完。'], '；')
    ).toBe('方案中有 4 个无效字段；工作负载 1 › 权重精度：为必填项；完。')
    expect(
      joinClauses(['The plan has 4 invalid field(s).', 'Workload 1 › Name: required'], '; ')
    ).toBe('The plan has 4 invalid field(s); Workload 1 › Name: required')
  })

  it('keeps an ellipsis and text without a stop; one clause or none as they are', () => {
    expect(joinClauses(['and so on...', '… (+2)'], '; ')).toBe('and so on...; … (+2)')
    expect(joinClauses(['现货', '价格出处：FS.com'], '；')).toBe('现货；价格出处：FS.com')
    expect(joinClauses(['一句。'], '；')).toBe('一句。')
    expect(joinClauses([], '；')).toBe('')
  })
})
