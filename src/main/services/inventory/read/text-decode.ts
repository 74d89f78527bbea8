/**
 * Turns CSV bytes into text, detecting the encoding from the bytes. What writers save as
 * "CSV": UTF-8 (with or without BOM), UTF-16 (Excel's "Unicode text", sometimes without a BOM),
 * and the ANSI code page of the Windows that saved it: GBK/GB18030 (Chinese Excel and WPS),
 * Windows-1252 (Western Excel), Shift-JIS (Japanese Excel). No dependency: the structure of
 * each double-byte code is distinctive enough for spreadsheet text (see docs/inventory.md,
 * "Text encodings"), and each guess carries a confidence the review shows; the planner can
 * pick the encoding there (`encoding` in the inspect and import requests).
 */
import iconv from 'iconv-lite'
import {
  TEXT_ENCODINGS,
  type EncodingConfidence,
  type TextEncoding
} from '@shared/schema/inventory'

export type { TextEncoding } from '@shared/schema/inventory'

export interface DecodedText {
  text: string
  encoding: TextEncoding
  /** certain: a BOM or valid multi-byte UTF-8; likely: one reading clearly fits; uncertain: a guess. */
  confidence: EncodingConfidence
}

/** Bytes looked at to decide (the whole file is decoded once decided). */
const SAMPLE_BYTES = 256 * 1024

/** The text if `bytes` are valid UTF-8, else undefined (decoded once: files can be tens of MB). */
function decodeStrictUtf8(bytes: Buffer): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return undefined
  }
}

/** UTF-16 without a BOM: ASCII-heavy text has a NUL in every other byte. */
function utf16WithoutBom(sample: Buffer): 'utf-16le' | 'utf-16be' | undefined {
  const pairs = Math.floor(Math.min(sample.length, 4096) / 2)
  if (pairs < 2) return undefined
  let evenNul = 0
  let oddNul = 0
  for (let index = 0; index < pairs; index++) {
    if (sample[index * 2] === 0) evenNul++
    if (sample[index * 2 + 1] === 0) oddNul++
  }
  if (oddNul > pairs * 0.3 && evenNul < pairs * 0.05) return 'utf-16le'
  if (evenNul > pairs * 0.3 && oddNul < pairs * 0.05) return 'utf-16be'
  return undefined
}

/** Scores of the legacy code pages over a sample: how much of its non-ASCII text each explains. */
interface LegacyScores {
  /** Non-ASCII bytes in the sample. */
  high: number
  /** GB2312 pairs (the common hanzi and full-width punctuation): Chinese text is nearly all of them. */
  gb2312Pairs: number
  gbInvalid: number
  /** Shift-JIS pairs for kana and JIS punctuation (lead 0x81–0x83), which Japanese text is full of. */
  kanaPairs: number
  sjisPairs: number
  sjisInvalid: number
  /** Single non-ASCII bytes between ASCII bytes: an accented letter or a symbol in Latin text. */
  isolated: number
}

function legacyScores(sample: Buffer): LegacyScores {
  const scores: LegacyScores = {
    high: 0,
    gb2312Pairs: 0,
    gbInvalid: 0,
    kanaPairs: 0,
    sjisPairs: 0,
    sjisInvalid: 0,
    isolated: 0
  }
  const length = sample.length
  for (let at = 0; at < length; at++) {
    const byte = sample[at]
    if (byte < 0x80) continue
    scores.high++
    const before = at === 0 ? 0 : sample[at - 1]
    const after = at + 1 < length ? sample[at + 1] : 0
    if (before < 0x80 && after < 0x80) scores.isolated++
  }
  // GBK walk: a lead 0x81–0xFE takes a trail 0x40–0xFE (not 0x7F), or four bytes (GB18030).
  for (let at = 0; at < length; at++) {
    const lead = sample[at]
    if (lead < 0x80) continue
    const trail = at + 1 < length ? sample[at + 1] : -1
    if (trail < 0) break
    if (lead >= 0x81 && lead <= 0xfe && trail >= 0x40 && trail <= 0xfe && trail !== 0x7f) {
      if (trail >= 0xa1 && ((lead >= 0xb0 && lead <= 0xf7) || (lead >= 0xa1 && lead <= 0xa9)))
        scores.gb2312Pairs++
      at++
    } else if (lead >= 0x81 && lead <= 0xfe && trail >= 0x30 && trail <= 0x39 && at + 3 < length) {
      at += 3
    } else {
      scores.gbInvalid++
    }
  }
  // Shift-JIS walk: leads 0x81–0x9F, 0xE0–0xFC with trails 0x40–0x7E, 0x80–0xFC; 0xA1–0xDF alone.
  for (let at = 0; at < length; at++) {
    const lead = sample[at]
    if (lead < 0x80) continue
    if (lead >= 0xa1 && lead <= 0xdf) continue
    const trail = at + 1 < length ? sample[at + 1] : -1
    if (trail < 0) break
    const leadOk = (lead >= 0x81 && lead <= 0x9f) || (lead >= 0xe0 && lead <= 0xfc)
    const trailOk = (trail >= 0x40 && trail <= 0x7e) || (trail >= 0x80 && trail <= 0xfc)
    if (leadOk && trailOk) {
      scores.sjisPairs++
      if (lead >= 0x81 && lead <= 0x83) scores.kanaPairs++
      at++
    } else {
      scores.sjisInvalid++
    }
  }
  return scores
}

/** The legacy code page that explains the sample best, with how sure that is. */
function guessLegacy(sample: Buffer): { encoding: TextEncoding; confidence: EncodingConfidence } {
  const s = legacyScores(sample)
  const gbCoverage = (s.gb2312Pairs * 2) / Math.max(1, s.high)
  const kanaCoverage = (s.kanaPairs * 2) / Math.max(1, s.high)
  const isolatedShare = s.isolated / Math.max(1, s.high)
  // Latin text: most non-ASCII bytes stand alone (é, £, €) and none of the double-byte readings fit.
  if (isolatedShare >= 0.5 && s.gbInvalid + s.sjisInvalid > 0)
    return { encoding: 'windows-1252', confidence: isolatedShare >= 0.8 ? 'likely' : 'uncertain' }
  if (s.gbInvalid === 0 && gbCoverage >= 0.9)
    return { encoding: 'gb18030', confidence: s.gb2312Pairs >= 4 ? 'likely' : 'uncertain' }
  if (s.sjisInvalid === 0 && kanaCoverage >= 0.3)
    return { encoding: 'shift_jis', confidence: s.kanaPairs >= 4 ? 'likely' : 'uncertain' }
  if (s.gbInvalid === 0 && gbCoverage >= 0.5)
    return { encoding: 'gb18030', confidence: 'uncertain' }
  if (s.sjisInvalid === 0 && s.sjisPairs > 0)
    return { encoding: 'shift_jis', confidence: 'uncertain' }
  return { encoding: isolatedShare > 0 ? 'windows-1252' : 'gb18030', confidence: 'uncertain' }
}

/** The bytes as text in a given encoding (the planner's choice in the review). */
export function decodeAs(bytes: Buffer, encoding: TextEncoding): string {
  switch (encoding) {
    case 'utf-8-bom':
      return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
        ? bytes.toString('utf8', 3)
        : bytes.toString('utf8')
    case 'utf-8':
      return bytes.toString('utf8')
    case 'utf-16le':
      return iconv.decode(bytes, 'utf-16le', { stripBOM: true })
    case 'utf-16be':
      return iconv.decode(bytes, 'utf-16be', { stripBOM: true })
    default:
      return iconv.decode(bytes, encoding)
  }
}

export function decodeText(bytes: Buffer, chosen?: TextEncoding): DecodedText {
  if (chosen !== undefined)
    return { text: decodeAs(bytes, chosen), encoding: chosen, confidence: 'certain' }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: bytes.toString('utf8', 3), encoding: 'utf-8-bom', confidence: 'certain' }
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: bytes.toString('utf16le', 2), encoding: 'utf-16le', confidence: 'certain' }
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return {
      text: iconv.decode(bytes.subarray(2), 'utf-16be'),
      encoding: 'utf-16be',
      confidence: 'certain'
    }
  }
  const sample = bytes.subarray(0, SAMPLE_BYTES)
  const utf16 = utf16WithoutBom(sample)
  if (utf16) return { text: decodeAs(bytes, utf16), encoding: utf16, confidence: 'likely' }
  const utf8 = decodeStrictUtf8(bytes)
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8', confidence: 'certain' }
  const { encoding, confidence } = guessLegacy(sample)
  return { text: decodeAs(bytes, encoding), encoding, confidence }
}

/** Every encoding the review offers. */
export const CHOOSABLE_ENCODINGS: readonly TextEncoding[] = TEXT_ENCODINGS
