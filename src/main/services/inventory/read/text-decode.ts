/**
 * Turns CSV bytes into text. Chinese Excel and WPS save "CSV" in the ANSI code page (GBK),
 * so anything that is not valid UTF-8 is read as GB18030 (a superset of GBK and GB2312).
 */
import iconv from 'iconv-lite'

export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030'

export interface DecodedText {
  text: string
  encoding: TextEncoding
}

/** The text if `bytes` are valid UTF-8, else undefined (decoded once: files can be tens of MB). */
function decodeStrictUtf8(bytes: Buffer): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return undefined
  }
}

export function decodeText(bytes: Buffer): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: bytes.toString('utf8', 3), encoding: 'utf-8-bom' }
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: bytes.toString('utf16le', 2), encoding: 'utf-16le' }
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: iconv.decode(bytes.subarray(2), 'utf-16be'), encoding: 'utf-16be' }
  }
  const utf8 = decodeStrictUtf8(bytes)
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8' }
  return { text: iconv.decode(bytes, 'gb18030'), encoding: 'gb18030' }
}
