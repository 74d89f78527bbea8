/**
 * The company logo as the user picks it (settings screen): a PNG or JPEG file, recognised by
 * its first bytes rather than its name or the browser's guess, small enough to embed in every
 * quote workbook (settings.ts `MAX_LOGO_DATA_URL_CHARS`). Pure: bytes in, a data URL or a
 * refusal in words out.
 */
import { MAX_LOGO_DATA_URL_CHARS } from '../schema/settings'

/** 1,000,000 bytes: its base64 data URL (≈ 1,333,358 characters) fits the settings' limit. */
export const MAX_LOGO_BYTES = 1_000_000

export type LogoType = 'png' | 'jpeg'

export type LogoCheck =
  | { ok: true; dataUrl: string; type: LogoType }
  | {
      ok: false
      /** A key of the `settingsScreen.logo` catalogue, with its parameters. */
      key: 'empty' | 'tooLarge' | 'notImage'
      params: Record<string, string | number>
    }

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]
const JPEG_SIGNATURE = [0xff, 0xd8, 0xff]

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte)
}

/** What the file's first bytes say it is (null: neither PNG nor JPEG). */
export function logoTypeOf(bytes: Uint8Array): LogoType | null {
  if (startsWith(bytes, PNG_SIGNATURE)) return 'png'
  if (startsWith(bytes, JPEG_SIGNATURE)) return 'jpeg'
  return null
}

function megabytes(bytes: number): string {
  return (bytes / 1_000_000).toFixed(bytes < 10_000_000 ? 2 : 1)
}

/** Base64 without DOM or Node APIs (the shared layer has neither). */
export function base64Of(bytes: Uint8Array): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
  let out = ''
  let index = 0
  for (; index + 2 < bytes.length; index += 3) {
    const n = (bytes[index] << 16) | (bytes[index + 1] << 8) | bytes[index + 2]
    out += alphabet[n >> 18] + alphabet[(n >> 12) & 63] + alphabet[(n >> 6) & 63] + alphabet[n & 63]
  }
  const rest = bytes.length - index
  if (rest === 1) {
    const n = bytes[index] << 16
    out += `${alphabet[n >> 18]}${alphabet[(n >> 12) & 63]}==`
  } else if (rest === 2) {
    const n = (bytes[index] << 16) | (bytes[index + 1] << 8)
    out += `${alphabet[n >> 18]}${alphabet[(n >> 12) & 63]}${alphabet[(n >> 6) & 63]}=`
  }
  return out
}

/** The logo's data URL, or why the file cannot be a logo (named, with its size and the limit). */
export function checkLogoFile(fileName: string, bytes: Uint8Array): LogoCheck {
  if (bytes.length === 0) return { ok: false, key: 'empty', params: { file: fileName } }
  const type = logoTypeOf(bytes)
  if (!type) return { ok: false, key: 'notImage', params: { file: fileName } }
  if (bytes.length > MAX_LOGO_BYTES) {
    return {
      ok: false,
      key: 'tooLarge',
      params: { file: fileName, size: megabytes(bytes.length), limit: megabytes(MAX_LOGO_BYTES) }
    }
  }
  const dataUrl = `data:image/${type};base64,${base64Of(bytes)}`
  // Holds by the byte limit above; checked so the two limits can never drift apart unseen.
  if (dataUrl.length > MAX_LOGO_DATA_URL_CHARS) {
    return {
      ok: false,
      key: 'tooLarge',
      params: { file: fileName, size: megabytes(bytes.length), limit: megabytes(MAX_LOGO_BYTES) }
    }
  }
  return { ok: true, dataUrl, type }
}
