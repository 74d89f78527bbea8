/**
 * Where, and why, JSON text is invalid. JSON.parse says *that* text is invalid, but its
 * messages differ between engines, often carry no position ("Unexpected token 'r', "root:x:0"...
 * is not valid JSON") and quote the file's content. This small recursive-descent checker
 * follows the JSON grammar (RFC 8259) and reports the first offending character and a short
 * reason in our own words. It runs only after JSON.parse has failed.
 */

export interface JsonSyntaxError {
  /** Character offset of the problem (text.length for "unexpected end"). */
  offset: number
  reason: string
}

class Fail {
  constructor(
    readonly offset: number,
    readonly reason: string
  ) {}
}

/** Nesting deeper than this is refused rather than risking the call stack. */
const MAX_DEPTH = 1000

export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  let i = 0

  const describe = (at: number) =>
    at >= text.length
      ? 'unexpected end of file'
      : `unexpected character ${JSON.stringify(text[at])}`
  const fail = (reason?: string): never => {
    throw new Fail(i, reason ?? describe(i))
  }
  const skipSpace = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++
  }
  const expect = (char: string, reason: string) => {
    if (text[i] !== char) fail(i >= text.length ? 'unexpected end of file' : reason)
    i++
  }

  function string(): void {
    i++ // opening quote
    while (i < text.length) {
      const code = text.charCodeAt(i)
      if (code === 0x22) {
        i++
        return
      }
      if (code < 0x20) fail('control character inside a string (use \\n, \\t…)')
      if (code === 0x5c) {
        const next = text[i + 1]
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail('bad \\u escape')
          i += 6
        } else if (next !== undefined && '"\\/bfnrt'.includes(next)) i += 2
        else {
          i++
          fail('bad escape in a string')
        }
      } else i++
    }
    fail('unterminated string')
  }

  function number(): void {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400))
    if (!match || match[0] === '-') fail('malformed number')
    i += match![0].length
  }

  function literal(word: string): void {
    for (const char of word) {
      if (text[i] !== char) fail()
      i++
    }
  }

  function value(depth: number): void {
    if (depth > MAX_DEPTH) fail('nested too deeply')
    skipSpace()
    const char = text[i]
    if (char === '{') object(depth)
    else if (char === '[') array(depth)
    else if (char === '"') string()
    else if (char === '-' || (char >= '0' && char <= '9')) number()
    else if (char === 't') literal('true')
    else if (char === 'f') literal('false')
    else if (char === 'n') literal('null')
    else
      fail(
        i >= text.length
          ? 'unexpected end of file'
          : `unexpected character ${JSON.stringify(char)} where a value should be`
      )
  }

  function object(depth: number): void {
    i++
    skipSpace()
    if (text[i] === '}') {
      i++
      return
    }
    for (;;) {
      skipSpace()
      if (text[i] !== '"') fail(i >= text.length ? undefined : 'expected a "quoted" property name')
      string()
      skipSpace()
      expect(':', "expected ':' after the property name")
      value(depth + 1)
      skipSpace()
      if (text[i] === ',') {
        i++
        skipSpace()
        if (text[i] === '}') fail("trailing comma before '}'")
        continue
      }
      expect('}', "expected ',' or '}'")
      return
    }
  }

  function array(depth: number): void {
    i++
    skipSpace()
    if (text[i] === ']') {
      i++
      return
    }
    for (;;) {
      value(depth + 1)
      skipSpace()
      if (text[i] === ',') {
        i++
        skipSpace()
        if (text[i] === ']') fail("trailing comma before ']'")
        continue
      }
      expect(']', "expected ',' or ']'")
      return
    }
  }

  try {
    value(0)
    skipSpace()
    if (i < text.length) fail('unexpected text after the end of the document')
    return null
  } catch (error) {
    if (error instanceof Fail) return { offset: error.offset, reason: error.reason }
    throw error
  }
}
