/** lib/download.ts: bytes from main (base64) and text from the page saved as file downloads. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { downloadBase64, downloadText } from '@renderer/lib/download'

let blobs: Blob[]
let clicked: { href: string; download: string; attached: boolean }[]

beforeEach(() => {
  vi.useFakeTimers()
  blobs = []
  clicked = []
  let n = 0
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    blobs.push(blob as Blob)
    return `blob:test/${++n}`
  })
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined)
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement
  ) {
    clicked.push({ href: this.href, download: this.download, attached: this.isConnected })
  })
})
afterEach(() => {
  vi.useRealTimers()
  vi.restoreAllMocks()
})

describe('downloads', () => {
  it('decodes base64 to the exact bytes, including bytes above 127', async () => {
    // "PK\x03\x04" (a zip/xlsx header) then 0xff 0x00 0x80.
    downloadBase64('UEsDBP8AgA==', 'quote.xlsx', 'application/vnd.openxmlformats')
    const bytes = new Uint8Array(await blobs[0].arrayBuffer())
    expect([...bytes]).toEqual([0x50, 0x4b, 0x03, 0x04, 0xff, 0x00, 0x80])
    expect(blobs[0].type).toBe('application/vnd.openxmlformats')
    expect(clicked).toEqual([{ href: 'blob:test/1', download: 'quote.xlsx', attached: true }])
  })

  it('saves text as UTF-8 under the given name, leaving no link in the page', async () => {
    downloadText('{"name":"推理"}', 'plan.cplan', 'application/json')
    expect(await blobs[0].text()).toBe('{"name":"推理"}')
    expect(clicked[0]).toMatchObject({ download: 'plan.cplan', attached: true })
    expect(document.querySelector('a[download]')).toBeNull()
  })

  it('frees the object URL only after the browser has had time to start the download', () => {
    downloadText('x', 'a.txt', 'text/plain')
    vi.advanceTimersByTime(9_999)
    expect(URL.revokeObjectURL).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(URL.revokeObjectURL).toHaveBeenCalledWith('blob:test/1')
  })
})
