/**
 * Issue 19, "Chinese all the way through": the workload kinds are named in Chinese in the
 * zh-CN UI (the "+ …" buttons, the workload tags) and in the zh-CN workbook's sizing
 * headings. The zh-CN e2e of the mixed plan found "LLM 微调" beside "大模型推理".
 */
import { describe, expect, it } from 'vitest'
import { translate } from '@shared/i18n'
import { WORKLOAD_KINDS } from '@shared/schema/plan'

describe('workload kinds in zh-CN', () => {
  it.each(WORKLOAD_KINDS)('%s is named in Chinese, without Latin-script words', (kind) => {
    const name = translate('zh-CN', `wizard.kinds.${kind}`)
    expect(name).not.toBe(`wizard.kinds.${kind}`)
    expect(name.match(/[A-Za-z]{2,}/g) ?? []).toEqual([])
  })
})
