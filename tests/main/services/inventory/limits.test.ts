import { describe, expect, it } from 'vitest'
import { LIMITS } from '../../../../src/main/services/inventory/limits'
import { MAX_REQUEST_BYTES } from '../../../../src/shared/ipc/channels'

describe('LIMITS', () => {
  it('lets the largest accepted file through the IPC request cap once base64 adds a third', () => {
    // base64: 4 characters per 3 bytes, padded; plus room for the JSON around it.
    const base64 = 4 * Math.ceil(LIMITS.maxFileBytes / 3)
    expect(base64 + 64 * 1024).toBeLessThan(MAX_REQUEST_BYTES)
  })

  it('keeps the zip guards consistent: what a file may expand to exceeds what it may be', () => {
    expect(LIMITS.maxUncompressedBytes).toBeGreaterThan(LIMITS.maxFileBytes)
    // Real spreadsheet XML compresses 10–30×: the ratio cap must allow that with room.
    expect(LIMITS.maxCompressionRatio).toBeGreaterThanOrEqual(100)
  })

  it('keeps the per-cell limits ordered: a header and a figure are shorter than a cell', () => {
    expect(LIMITS.maxHeaderChars).toBeLessThanOrEqual(LIMITS.maxCellChars)
    expect(LIMITS.maxFigureChars).toBeLessThanOrEqual(LIMITS.maxCellChars)
    // The longest figure the parser knows ("1,979 TFLOPS (with sparsity)") fits.
    expect('1,979 TFLOPS (with sparsity)'.length).toBeLessThanOrEqual(LIMITS.maxFigureChars)
  })

  it('previews fewer rows than the header search covers, and far fewer than an import holds', () => {
    expect(LIMITS.previewRows).toBeLessThanOrEqual(LIMITS.headerSearchRows)
    expect(LIMITS.headerSearchRows).toBeLessThan(LIMITS.maxRows)
  })

  it('has only positive, finite values', () => {
    for (const [name, value] of Object.entries(LIMITS)) {
      expect(Number.isFinite(value) && value > 0, name).toBe(true)
    }
  })
})
