/**
 * A small XML tokenizer over UTF-8 bytes, for the few parts of an .xlsx the importer reads
 * (workbook, relationships, shared strings, sheet data). It hands out positions, not strings:
 * a 100k-row sheet is a million cells, and looking at their bytes in place is what makes
 * reading it cheap. Chunks can be pushed as they are inflated; a token cut by a chunk border
 * waits for the next chunk.
 *
 * Deliberately not a validating parser: element nesting is not checked (readers track the
 * elements they care about). It does refuse what would make the data wrong: an undefined or
 * malformed entity (no DTD is ever expanded, so no entity expansion attacks or external
 * entities), characters XML forbids, and a document that ends inside a tag.
 */

/**
 * Token kinds. Readers copy them into module constants (`const { OPEN } = TOKEN`): their loops
 * compare every token, and an imported binding is a property read in CommonJS output.
 */
export const TOKEN = {
  OPEN: 1,
  CLOSE: 2,
  /** A self-closing element (`<v/>`): an open immediately followed by its close. */
  EMPTY: 3,
  TEXT: 4,
  /** A comment, processing instruction or DOCTYPE: nothing to read. */
  SKIP: 5
} as const
const { OPEN, CLOSE, EMPTY, TEXT, SKIP } = TOKEN

export class XmlReadError extends Error {}

/**
 * The longest single token (a text run, a tag, a comment) read. Excel keeps at most 32,767
 * characters in a cell: under 200 KB of UTF-8 even with every character written as an entity.
 * Longer tokens are refused rather than buffered (a 120 MB shared string was the attack).
 */
export const MAX_TOKEN_BYTES = 2 * 1024 * 1024

function tokenTooLong(): XmlReadError {
  return new XmlReadError(
    `one XML token is longer than ${MAX_TOKEN_BYTES / 1024 / 1024} MiB (no spreadsheet cell holds that much)`
  )
}

const LT = 0x3c
const GT = 0x3e
const SLASH = 0x2f
const QUOTE = 0x22
const APOSTROPHE = 0x27
const BANG = 0x21
const QUESTION = 0x3f
const COLON = 0x3a
const AMPERSAND = 0x26
const NO_BYTES = Buffer.alloc(0)
const CDATA_START = Buffer.from('<![CDATA[')
const CDATA_END = Buffer.from(']]>')
const COMMENT_START = Buffer.from('<!--')
const COMMENT_END = Buffer.from('-->')
const PI_END = Buffer.from('?>')

function isSpace(byte: number): boolean {
  return byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09
}

function startsWithAt(buffer: Buffer, at: number, prefix: Buffer): boolean {
  if (at + prefix.length > buffer.length) return false
  for (let index = 0; index < prefix.length; index++)
    if (buffer[at + index] !== prefix[index]) return false
  return true
}

export class XmlTokens {
  buffer: Buffer = NO_BYTES
  /** Where the next token starts. */
  position = 0
  kind = 0
  /** Local name (after any `prefix:`) of an OPEN, CLOSE or EMPTY token. */
  nameStart = 0
  nameEnd = 0
  /** Attribute text of an OPEN or EMPTY token. */
  attrStart = 0
  attrEnd = 0
  /** Content of a TEXT token (CDATA content for a CDATA section). */
  textStart = 0
  textEnd = 0
  /** The TEXT token is a CDATA section (taken literally, no entities). */
  cdata = false

  /**
   * How far the scan of the token cut by the last chunk border got (bytes after its start) and
   * the quote it was inside: the next chunk resumes there instead of scanning the token again.
   * Without this, one long token cost a rescan of everything read so far on every chunk.
   */
  private resumeOffset = 0
  private resumeQuote = 0
  private resumeDepth = 0

  /** Whether `buffer` is this reader's own growable copy (not a chunk handed to `push`). */
  private owned = false

  /**
   * Adds bytes; what the previous chunk left unread stays in front of them. A token cut by the
   * border is grown in place (capacity doubling), never copied whole again for each chunk.
   */
  push(chunk: Buffer): void {
    const buffer = this.buffer
    const position = this.position
    if (position >= buffer.length) {
      this.buffer = chunk
      this.owned = false
      this.resumeOffset = 0
      this.position = 0
      return
    }
    const unread = buffer.length - position
    // A token never grows past the cap: refusing it here bounds both memory and copying.
    if (unread > MAX_TOKEN_BYTES) throw tokenTooLong()
    const needed = unread + chunk.length
    const store = buffer.buffer
    const roomAfter = store.byteLength - (buffer.byteOffset + buffer.length)
    if (this.owned && position === 0 && roomAfter >= chunk.length) {
      // Appending past the end leaves every byte already handed out untouched.
      chunk.copy(Buffer.from(store, buffer.byteOffset + buffer.length, chunk.length))
      this.buffer = Buffer.from(store, buffer.byteOffset, needed)
      return
    }
    const grown = Buffer.allocUnsafeSlow(Math.max(needed * 2, 64 * 1024))
    buffer.copy(grown, 0, position)
    chunk.copy(grown, unread)
    this.buffer = grown.subarray(0, needed)
    this.owned = true
    this.position = 0
  }

  /**
   * Moves to the next complete token. False when the bytes run out inside a token (push more),
   * or at the end. With `final`, trailing text is a token and an unfinished tag is an error.
   */
  next(final: boolean): boolean {
    const start = this.position
    if (!this.nextToken(final)) return false
    if (this.position - start > MAX_TOKEN_BYTES) throw tokenTooLong()
    return true
  }

  private nextToken(final: boolean): boolean {
    const buffer = this.buffer
    const start = this.position
    if (start >= buffer.length) return false
    // Where scanning the current token resumes (0 unless a chunk border cut it).
    const resume = this.resumeOffset
    this.resumeOffset = 0
    if (buffer[start] !== LT) {
      let end = buffer.indexOf(LT, start + resume)
      if (end < 0) {
        if (!final) return this.suspend(buffer.length - start, 0, 0)
        end = buffer.length
      }
      this.kind = TEXT
      this.cdata = false
      this.textStart = start
      this.textEnd = end
      this.position = end
      return true
    }
    const second = buffer[start + 1]
    if (second === undefined) return this.incomplete(final)
    if (second === BANG) return this.special(start, final, resume)
    if (second === QUESTION) {
      const end = buffer.indexOf(PI_END, Math.max(start + 2, start + resume))
      if (end < 0) return this.incomplete(final, buffer.length - start)
      this.kind = SKIP
      this.position = end + 2
      return true
    }
    const closing = second === SLASH
    let at = closing ? start + 2 : start + 1
    const qualifiedStart = at
    let localStart = at
    while (at < buffer.length) {
      const byte = buffer[at]
      if (byte === GT || byte === SLASH || isSpace(byte)) break
      if (byte === COLON) localStart = at + 1
      at++
    }
    if (at >= buffer.length) return this.incomplete(final)
    if (at === qualifiedStart) throw new XmlReadError('malformed tag')
    this.nameStart = localStart
    this.nameEnd = at
    // The tag ends at the first `>` outside a quoted attribute value.
    const attrStart = at
    let quote = 0
    if (resume > at - start) {
      at = start + resume
      quote = this.resumeQuote
    }
    for (; at < buffer.length; at++) {
      const byte = buffer[at]
      if (quote !== 0) {
        if (byte === quote) quote = 0
      } else if (byte === QUOTE || byte === APOSTROPHE) {
        quote = byte
      } else if (byte === GT) {
        break
      } else if (byte === LT) {
        throw new XmlReadError('malformed tag')
      }
    }
    if (at >= buffer.length) {
      if (final) return this.incomplete(final)
      return this.suspend(at - start, quote, 0)
    }
    const selfClosing = buffer[at - 1] === SLASH && !closing
    this.kind = closing ? CLOSE : selfClosing ? EMPTY : OPEN
    this.attrStart = attrStart
    this.attrEnd = selfClosing ? at - 1 : at
    this.position = at + 1
    return true
  }

  /** The token is cut by the chunk border: remember how far it was scanned, wait for more bytes. */
  private suspend(scanned: number, quote: number, depth: number): boolean {
    if (scanned > MAX_TOKEN_BYTES) throw tokenTooLong()
    this.resumeOffset = scanned
    this.resumeQuote = quote
    this.resumeDepth = depth
    return false
  }

  private incomplete(final: boolean, scanned = 0): boolean {
    if (final) throw new XmlReadError('the XML ends inside a tag')
    // Searches by `indexOf` resume a few bytes back, so a terminator cut in two is still found.
    return this.suspend(Math.max(0, scanned - 3), 0, 0)
  }

  /** `<!--…-->`, `<![CDATA[…]]>` or `<!DOCTYPE …>` (with an internal subset in brackets). */
  private special(start: number, final: boolean, resume: number): boolean {
    const buffer = this.buffer
    // Enough bytes to tell a comment, CDATA and a declaration apart.
    if (buffer.length - start < CDATA_START.length && !final) return false
    if (startsWithAt(buffer, start, COMMENT_START)) {
      const end = buffer.indexOf(COMMENT_END, Math.max(start + 4, start + resume))
      if (end < 0) return this.incomplete(final, buffer.length - start)
      this.kind = SKIP
      this.position = end + 3
      return true
    }
    if (startsWithAt(buffer, start, CDATA_START)) {
      const end = buffer.indexOf(CDATA_END, Math.max(start + CDATA_START.length, start + resume))
      if (end < 0) return this.incomplete(final, buffer.length - start)
      this.kind = TEXT
      this.cdata = true
      this.textStart = start + CDATA_START.length
      this.textEnd = end
      this.position = end + 3
      return true
    }
    // A declaration (DOCTYPE): skipped whole. Its entities are never defined for the reader.
    let depth = 0
    let quote = 0
    let at = start + 2
    if (resume > 2) {
      at = start + resume
      depth = this.resumeDepth
      quote = this.resumeQuote
    }
    for (; at < buffer.length; at++) {
      const byte = buffer[at]
      if (quote !== 0) {
        if (byte === quote) quote = 0
      } else if (byte === QUOTE || byte === APOSTROPHE) quote = byte
      else if (byte === 0x5b) depth++
      else if (byte === 0x5d) depth--
      else if (byte === GT && depth <= 0) {
        this.kind = SKIP
        this.position = at + 1
        return true
      }
    }
    if (final) return this.incomplete(final)
    return this.suspend(at - start, quote, depth)
  }

  /** The current token's local name is `name` (ASCII). */
  nameIs(name: string): boolean {
    if (this.nameEnd - this.nameStart !== name.length) return false
    const buffer = this.buffer
    for (let index = 0; index < name.length; index++)
      if (buffer[this.nameStart + index] !== name.charCodeAt(index)) return false
    return true
  }

  /** The attribute the cursor is on: local name (after any `prefix:`) and value, as byte positions. */
  attrNameStart = 0
  attrNameEnd = 0
  valueStart = 0
  valueEnd = 0
  private cursor = 0

  /** Puts the attribute cursor before the current tag's first attribute. */
  rewindAttributes(): void {
    this.cursor = this.attrStart
  }

  /** Moves the cursor to the next attribute; false after the last (or at malformed text). */
  nextAttribute(): boolean {
    const buffer = this.buffer
    const end = this.attrEnd
    let at = this.cursor
    while (at < end && isSpace(buffer[at])) at++
    if (at >= end) return false
    let localStart = at
    while (at < end && buffer[at] !== 0x3d /* = */ && !isSpace(buffer[at])) {
      if (buffer[at] === COLON) localStart = at + 1
      at++
    }
    const nameEnd = at
    while (at < end && isSpace(buffer[at])) at++
    if (at >= end || buffer[at] !== 0x3d) return false
    at++
    while (at < end && isSpace(buffer[at])) at++
    const quote = buffer[at]
    if (quote !== QUOTE && quote !== APOSTROPHE) return false
    let valueEnd = at + 1
    while (valueEnd < end && buffer[valueEnd] !== quote) valueEnd++
    if (valueEnd >= end) return false
    this.attrNameStart = localStart
    this.attrNameEnd = nameEnd
    this.valueStart = at + 1
    this.valueEnd = valueEnd
    this.cursor = valueEnd + 1
    return true
  }

  /**
   * The value of attribute `name` (matched on its local name, so `r:id` answers `id`) as
   * [start, end] byte positions, or null. Attribute values are returned raw (see `decodeText`).
   */
  attribute(name: string): [number, number] | null {
    const buffer = this.buffer
    this.rewindAttributes()
    while (this.nextAttribute()) {
      if (this.attrNameEnd - this.attrNameStart !== name.length) continue
      let same = true
      for (let index = 0; index < name.length; index++)
        if (buffer[this.attrNameStart + index] !== name.charCodeAt(index)) same = false
      if (same) return [this.valueStart, this.valueEnd]
    }
    return null
  }

  /** An attribute's text, entities decoded; undefined when absent. */
  attributeText(name: string): string | undefined {
    const span = this.attribute(name)
    return span ? decodeText(this.buffer, span[0], span[1]) : undefined
  }
}

const NAMED_ENTITIES = new Map([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"]
])

/** A code point XML 1.0 allows in a document. */
function isXmlChar(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  )
}

/**
 * Refuses characters XML forbids in bytes `start…end`: C0 controls other than tab and line
 * breaks, and U+FFFE/U+FFFF (UTF-8 `EF BF BE`/`EF BF BF`). Tells whether there is an `&`
 * (an entity to decode).
 */
function scanText(buffer: Buffer, start: number, end: number): boolean {
  let ampersand = false
  for (let at = start; at < end; at++) {
    const byte = buffer[at]
    if (byte < 0x20) {
      if (byte !== 0x09 && byte !== 0x0a && byte !== 0x0d)
        throw new XmlReadError(`invalid character U+${byte.toString(16).padStart(4, '0')} in text`)
    } else if (byte === AMPERSAND) {
      ampersand = true
    } else if (byte === 0xef && buffer[at + 1] === 0xbf && (buffer[at + 2] | 1) === 0xbf) {
      throw new XmlReadError('invalid character U+FFFE/U+FFFF in text')
    }
  }
  return ampersand
}

function decodeEntities(text: string): string {
  let out = ''
  let from = 0
  for (let at = text.indexOf('&'); at >= 0; at = text.indexOf('&', from)) {
    const semicolon = text.indexOf(';', at + 1)
    if (semicolon < 0 || semicolon - at > 32) throw new XmlReadError('malformed entity')
    const name = text.slice(at + 1, semicolon)
    let replacement: string | undefined
    if (name.charCodeAt(0) === 0x23 /* # */) {
      const hex = name.charCodeAt(1) === 0x78 /* x */
      const digits = name.slice(hex ? 2 : 1)
      if (!(hex ? /^[0-9a-fA-F]{1,8}$/ : /^[0-9]{1,10}$/).test(digits))
        throw new XmlReadError(`malformed character reference &${name};`)
      const code = parseInt(digits, hex ? 16 : 10)
      if (!isXmlChar(code)) throw new XmlReadError(`invalid character reference &${name};`)
      replacement = String.fromCodePoint(code)
    } else {
      replacement = NAMED_ENTITIES.get(name)
      if (replacement === undefined) throw new XmlReadError(`undefined entity &${name};`)
    }
    out += text.slice(from, at) + replacement
    from = semicolon + 1
  }
  return out + text.slice(from)
}

/** Bytes `start…end` as text: UTF-8 decoded, entities replaced, forbidden characters refused. */
export function decodeText(buffer: Buffer, start: number, end: number): string {
  const entities = scanText(buffer, start, end)
  const text = buffer.toString('utf8', start, end)
  return entities ? decodeEntities(text) : text
}

/** A CDATA section's text: literal, forbidden characters refused. */
export function literalText(buffer: Buffer, start: number, end: number): string {
  scanText(buffer, start, end)
  return buffer.toString('utf8', start, end)
}
