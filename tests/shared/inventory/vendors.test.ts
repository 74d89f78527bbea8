import { describe, expect, it } from 'vitest'
import { normalizeVendor } from '../../../src/shared/inventory/vendors'

describe('normalizeVendor', () => {
  it.each([
    ['NVIDIA Corporation', 'NVIDIA'],
    ['nvidia', 'NVIDIA'],
    ['英伟达', 'NVIDIA'],
    // Traditional 輝達: the Han names need no word boundary (\b never follows a Han character).
    ['輝達', 'NVIDIA'],
    ['輝達科技', 'NVIDIA'],
    ['华为昇腾', 'Huawei'],
    ['Ascend', 'Huawei'],
    ['海思', 'Huawei'],
    ['寒武纪科技', 'Cambricon'],
    ['百度昆仑', 'Kunlunxin'],
    ['海光信息', 'Hygon'],
    ['超威半导体', 'AMD'],
    ['超微电脑', 'Supermicro'],
    ['Super Micro Computer', 'Supermicro'],
    ['Moore Threads', 'Moore Threads'],
    ['moorethreads', 'Moore Threads'],
    ['天数智芯', 'Iluvatar CoreX']
  ])('%s → %s', (written, canonical) => {
    expect(normalizeVendor(written)).toBe(canonical)
  })

  it('superficial differences: full-width letters and surrounding spaces', () => {
    expect(normalizeVendor('  ＮＶＩＤＩＡ  ')).toBe('NVIDIA')
  })

  it('a word that merely starts like a vendor is not that vendor', () => {
    // `\b` after the Latin alias: "AMDA Systems" is not AMD, "Intelligent Co" not Intel.
    expect(normalizeVendor('AMDA Systems')).toBe('AMDA Systems')
    expect(normalizeVendor('Intelligent Co')).toBe('Intelligent Co')
  })

  it('unknown vendors are kept as written (trimmed)', () => {
    expect(normalizeVendor(' Acme Compute ')).toBe('Acme Compute')
    expect(normalizeVendor('')).toBe('')
  })
})
