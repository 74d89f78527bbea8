import { describe, expect, it } from 'vitest'
import { quoteFileName, safeFileStem } from '../../../../src/main/services/quote/file-name'

describe('safeFileStem', () => {
  it('replaces separators, reserved and control characters, and collapses the spaces', () => {
    expect(safeFileStem('Q3: GPU/NPU plan?', 'x')).toBe('Q3 GPU NPU plan')
    expect(safeFileStem('a\\b|c*d"e<f>g', 'x')).toBe('a b c d e f g')
    expect(safeFileStem('line\none\ttab\u007f', 'x')).toBe('line one tab')
    expect(safeFileStem('../../etc/passwd', 'x')).toBe('etc passwd')
  })

  it('drops leading and trailing dots and spaces (hidden on Unix, dropped by Windows)', () => {
    expect(safeFileStem('.hidden plan', 'x')).toBe('hidden plan')
    expect(safeFileStem('  plan v2.  ', 'x')).toBe('plan v2')
  })

  it('uses the fallback when nothing is left', () => {
    expect(safeFileStem('', 'Quote')).toBe('Quote')
    expect(safeFileStem(' ... ', 'Quote')).toBe('Quote')
    expect(safeFileStem('???', '报价')).toBe('报价')
  })

  it('never names a Windows device, alone or before an extension', () => {
    expect(safeFileStem('CON', 'x')).toBe('CON_')
    expect(safeFileStem('lpt1', 'x')).toBe('lpt1_')
    expect(safeFileStem('nul.tar.gz', 'x')).toBe('nul_.tar.gz')
    // Words that only start like a device are fine.
    expect(safeFileStem('console', 'x')).toBe('console')
    expect(safeFileStem('Auxiliary cluster', 'x')).toBe('Auxiliary cluster')
  })

  it('keeps at most 100 characters, without cutting a character in half', () => {
    expect(safeFileStem('a'.repeat(300), 'x')).toBe('a'.repeat(100))
    const cut = safeFileStem(`${'a'.repeat(99)}😀tail`, 'x')
    expect(cut).toBe('a'.repeat(99))
    expect(safeFileStem(`${'算'.repeat(120)}`, 'x')).toBe('算'.repeat(100))
  })

  it('keeps Chinese and other printable text as written', () => {
    expect(safeFileStem('华东 GPU 集群（2025）', 'x')).toBe('华东 GPU 集群（2025）')
  })
})

describe('quoteFileName', () => {
  it('names the file after the plan and the translated title', () => {
    expect(quoteFileName('Cluster A', 'en', 'xlsx')).toBe('Cluster A - Quote.xlsx')
    expect(quoteFileName('集群/A', 'zh-CN', 'csv')).toBe('集群 A - 报价.csv')
    expect(quoteFileName('', 'en', 'csv')).toBe('Quote - Quote.csv')
  })
})
