/**
 * What the CLI writes to a terminal. Names come from spreadsheets and plan files that
 * someone else may have written; a name holding `ESC ] 0 ; … BEL` or `ESC [ 2 J` would
 * retitle or clear the user's terminal, and bidi overrides would make it show text other
 * than what is there. Every byte the CLI prints goes through `terminalSafe` (text) or is
 * JSON with those characters escaped — the data itself is never changed, only its spelling.
 * Columns are aligned by display width, so Chinese names (two cells each) line up.
 */

/**
 * C0 controls other than tab and newline, DEL, C1 controls (U+0080–U+009F: 0x9B is an
 * 8-bit CSI to some terminals), and the bidi embedding/override/isolate controls.
 */
// eslint-disable-next-line no-control-regex
const TERMINAL_CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g

/** Text with every control character a terminal would act on removed. */
export function terminalSafe(text: string): string {
  return text.replace(TERMINAL_CONTROLS, '')
}

/**
 * JSON text for a terminal: the same value, with the characters `terminalSafe` removes
 * written as `\uXXXX` escapes (JSON.stringify escapes C0 itself, but not DEL, C1 or bidi).
 */
export function terminalJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(
    TERMINAL_CONTROLS,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`
  )
}

export interface TextSink {
  out: (text: string) => void
  err: (text: string) => void
}

const SAFE = Symbol('terminal-safe')

/** The same sink with every write made terminal-safe (wrapping twice is harmless). */
export function terminalSafeSink<T extends TextSink>(io: T): T {
  if ((io as { [SAFE]?: true })[SAFE]) return io
  return {
    ...io,
    [SAFE]: true,
    out: (text: string) => io.out(terminalSafe(text)),
    err: (text: string) => io.err(terminalSafe(text))
  }
}

/** Terminal cells of one code point: East Asian wide and fullwidth take two, marks none. */
function cellsOf(codePoint: number): number {
  if (
    (codePoint >= 0x0300 && codePoint <= 0x036f) ||
    (codePoint >= 0x200b && codePoint <= 0x200f) ||
    (codePoint >= 0xfe00 && codePoint <= 0xfe0f)
  )
    return 0
  if (
    (codePoint >= 0x1100 && codePoint <= 0x115f) ||
    (codePoint >= 0x2e80 && codePoint <= 0x303e) ||
    (codePoint >= 0x3041 && codePoint <= 0x33ff) ||
    (codePoint >= 0x3400 && codePoint <= 0x4dbf) ||
    (codePoint >= 0x4e00 && codePoint <= 0x9fff) ||
    (codePoint >= 0xa000 && codePoint <= 0xa4cf) ||
    (codePoint >= 0xac00 && codePoint <= 0xd7a3) ||
    (codePoint >= 0xf900 && codePoint <= 0xfaff) ||
    (codePoint >= 0xfe30 && codePoint <= 0xfe4f) ||
    (codePoint >= 0xff00 && codePoint <= 0xff60) ||
    (codePoint >= 0xffe0 && codePoint <= 0xffe6) ||
    (codePoint >= 0x1f300 && codePoint <= 0x1f64f) ||
    (codePoint >= 0x20000 && codePoint <= 0x3fffd)
  )
    return 2
  return 1
}

/** How many terminal cells the text takes. */
export function displayWidth(text: string): number {
  let width = 0
  for (const character of text) width += cellsOf(character.codePointAt(0)!)
  return width
}

/** `padEnd` by display width. */
export function padDisplay(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)))
}

/** Rows of cells as aligned columns, two spaces apart, trailing spaces trimmed. */
export function alignColumns(rows: string[][]): string {
  const widths = rows[0].map((_, column) =>
    Math.max(...rows.map((row) => displayWidth(row[column] ?? '')))
  )
  return rows
    .map((row) =>
      row
        .map((cell, column) => padDisplay(cell, widths[column]))
        .join('  ')
        .trimEnd()
    )
    .join('\n')
}
