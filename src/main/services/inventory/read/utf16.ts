/**
 * XML parts saved in UTF-16 (some .NET and Java writers do it; Excel reads them) become UTF-8
 * chunk by chunk, so the byte tokenizer and the merge scanner read every part the same way.
 * A part is UTF-16 when it starts with a byte-order mark or with `<?` written in two-byte units
 * (XML 1.0 appendix F); anything else passes through untouched.
 */

import { TextDecoder } from 'node:util'

type Utf16 = 'utf-16le' | 'utf-16be'

export function utf16Of(first: Buffer): Utf16 | undefined {
  if (first[0] === 0xff && first[1] === 0xfe) return 'utf-16le'
  if (first[0] === 0xfe && first[1] === 0xff) return 'utf-16be'
  if (first[0] === 0x3c && first[1] === 0 && first[2] === 0x3f && first[3] === 0) return 'utf-16le'
  if (first[0] === 0 && first[1] === 0x3c && first[2] === 0 && first[3] === 0x3f) return 'utf-16be'
  return undefined
}

/**
 * A converter for one part's chunks, in order: call it with each chunk (the first decides the
 * encoding), then once with no chunk for what a split character left over.
 */
export function asUtf8Sync(): (chunk?: Buffer) => Buffer {
  let decoder: TextDecoder | undefined
  let first = true
  return (chunk) => {
    if (chunk === undefined)
      return decoder ? Buffer.from(decoder.decode(), 'utf8') : Buffer.alloc(0)
    if (first) {
      first = false
      const encoding = utf16Of(chunk)
      // The BOM is dropped by the decoder; `ignoreBOM: false` is its default.
      if (encoding) decoder = new TextDecoder(encoding)
    }
    return decoder ? Buffer.from(decoder.decode(chunk, { stream: true }), 'utf8') : chunk
  }
}

export async function* asUtf8(chunks: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  const convert = asUtf8Sync()
  for await (const chunk of chunks) {
    const converted = convert(chunk)
    if (converted.length > 0) yield converted
  }
  const rest = convert()
  if (rest.length > 0) yield rest
}
