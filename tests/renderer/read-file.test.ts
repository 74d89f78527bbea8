/** lib/read-file.ts: a picked file as the base64 the typed API carries. */
import { describe, expect, it } from 'vitest'
import { readAsBase64 } from '@renderer/lib/read-file'

describe('readAsBase64', () => {
  it('gives the bytes as plain base64, without the data-URL prefix', async () => {
    // "型号,显存\n" in UTF-8: the bytes survive, whatever the text.
    const text = '型号,显存\n'
    const base64 = await readAsBase64(new Blob([text], { type: 'text/csv' }))
    expect(base64).not.toMatch(/^data:/)
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))
    expect(new TextDecoder().decode(bytes)).toBe(text)
  })

  it('an empty file is an empty string', async () => {
    expect(await readAsBase64(new Blob([]))).toBe('')
  })
})
