import { describe, expect, it } from 'vitest'
import {
  decodeText,
  literalText,
  TOKEN,
  XmlReadError,
  XmlTokens
} from '../../../../../src/main/services/inventory/read/xml-bytes'

/** The current token in words: `<name a=v>`, `</name>`, `<name/>`, `text:…`, `cdata:…`, `skip`. */
function describeToken(tokens: XmlTokens): string {
  const name = tokens.buffer.toString('utf8', tokens.nameStart, tokens.nameEnd)
  const attributes = () => {
    const parts: string[] = []
    tokens.rewindAttributes()
    while (tokens.nextAttribute()) {
      const attribute = tokens.buffer.toString('utf8', tokens.attrNameStart, tokens.attrNameEnd)
      parts.push(`${attribute}=${decodeText(tokens.buffer, tokens.valueStart, tokens.valueEnd)}`)
    }
    return parts.map((part) => ` ${part}`).join('')
  }
  switch (tokens.kind) {
    case TOKEN.OPEN:
      return `<${name}${attributes()}>`
    case TOKEN.CLOSE:
      return `</${name}>`
    case TOKEN.EMPTY:
      return `<${name}${attributes()}/>`
    case TOKEN.TEXT:
      return tokens.cdata
        ? `cdata:${literalText(tokens.buffer, tokens.textStart, tokens.textEnd)}`
        : `text:${decodeText(tokens.buffer, tokens.textStart, tokens.textEnd)}`
    default:
      return 'skip'
  }
}

/** Every token of `xml`, pushed in chunks of `size` bytes. */
function read(xml: string | Buffer, size = 1 << 20): string[] {
  const bytes = typeof xml === 'string' ? Buffer.from(xml) : xml
  const tokens = new XmlTokens()
  const out: string[] = []
  for (let at = 0; at < bytes.length; at += size) {
    tokens.push(bytes.subarray(at, at + size))
    while (tokens.next(false)) out.push(describeToken(tokens))
  }
  while (tokens.next(true)) out.push(describeToken(tokens))
  return out
}

const SHEET =
  '<?xml version="1.0" encoding="UTF-8"?>\n<!-- written by hand -->' +
  '<x:worksheet xmlns:x="urn:x"><x:row r="1" spans=\'1:2\'>' +
  '<c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>显存 &amp; 带宽 &#x1F600; &#20320;</t></is></c>' +
  '<c r="C1"><f>A1&gt;0</f><v/></c></x:row>' +
  '<t><![CDATA[<b>&amp;</b>]]></t><note a="x > y" r:id="rId1"/></x:worksheet>'

const EXPECTED = [
  'skip',
  'text:\n',
  'skip',
  '<worksheet x=urn:x>',
  '<row r=1 spans=1:2>',
  '<c r=A1 t=s>',
  '<v>',
  'text:0',
  '</v>',
  '</c>',
  '<c r=B1 t=inlineStr>',
  '<is>',
  '<t>',
  'text:显存 & 带宽 😀 你',
  '</t>',
  '</is>',
  '</c>',
  '<c r=C1>',
  '<f>',
  'text:A1>0',
  '</f>',
  '<v/>',
  '</c>',
  '</row>',
  '<t>',
  'cdata:<b>&amp;</b>',
  '</t>',
  '<note a=x > y id=rId1/>',
  '</worksheet>'
]

describe('XmlTokens', () => {
  it('reads tags, local names, attributes, text, CDATA, comments and declarations', () => {
    expect(read(SHEET)).toEqual(EXPECTED)
  })

  it('gives the same tokens however the bytes are cut into chunks', () => {
    for (const size of [1, 2, 3, 5, 7, 16, 61])
      expect(read(SHEET, size), String(size)).toEqual(EXPECTED)
  })

  it('skips a DOCTYPE with an internal subset, and never defines its entities', () => {
    const xml = '<!DOCTYPE t [<!ENTITY x "boom"><!ENTITY y SYSTEM "file:///etc/passwd">]><t>&x;</t>'
    const tokens = new XmlTokens()
    tokens.push(Buffer.from(xml))
    const seen: string[] = []
    expect(() => {
      while (tokens.next(true)) seen.push(describeToken(tokens))
    }).toThrow('undefined entity &x;')
    expect(seen).toEqual(['skip', '<t>'])
  })

  it('finds an attribute by its local name, and answers null for a missing one', () => {
    const tokens = new XmlTokens()
    tokens.push(Buffer.from('<rel r:id="rId7" Target="a&amp;b.xml"/>'))
    expect(tokens.next(true)).toBe(true)
    expect(tokens.nameIs('rel')).toBe(true)
    expect(tokens.nameIs('re')).toBe(false)
    expect(tokens.attributeText('id')).toBe('rId7')
    expect(tokens.attributeText('Target')).toBe('a&b.xml')
    expect(tokens.attribute('target')).toBeNull()
  })

  it('stops at malformed attribute text instead of inventing values', () => {
    expect(read('<a b="1" c d="2"/>')).toEqual(['<a b=1/>'])
    expect(read('<a b=1/>')).toEqual(['<a/>'])
  })

  it.each([
    ['a tag without a name', '<>x', 'malformed tag'],
    ['a < inside a tag', '<a <b>', 'malformed tag'],
    ['a document ending inside a tag', '<a b="1"', 'the XML ends inside a tag'],
    ['an unfinished comment', '<!-- never closed', 'the XML ends inside a tag']
  ])('refuses %s', (_what, xml, message) => {
    expect(() => read(xml)).toThrow(XmlReadError)
    expect(() => read(xml)).toThrow(message)
  })
})

describe('decodeText', () => {
  const text = (value: string) => decodeText(Buffer.from(value), 0, Buffer.byteLength(value))

  it('decodes the five named entities and character references', () => {
    expect(text('&lt;&gt;&amp;&quot;&apos;')).toBe('<>&"\'')
    expect(text('&#65;&#x42;&#x4a;')).toBe('ABJ')
  })

  it.each([
    ['&nbsp;', 'undefined entity &nbsp;'],
    ['a & b', 'malformed entity'],
    ['&amp', 'malformed entity'],
    ['&#0;', 'invalid character reference &#0;'],
    ['&#xD800;', 'invalid character reference &#xD800;'],
    ['&#x110000;', 'invalid character reference &#x110000;'],
    ['&#12a;', 'malformed character reference &#12a;'],
    // XML writes hexadecimal references with a lower-case x only.
    ['&#X41;', 'malformed character reference &#X41;'],
    ['&#xFFFE;', 'invalid character reference &#xFFFE;']
  ])('refuses %s', (value, message) => {
    expect(() => text(value)).toThrow(message)
  })

  it('refuses characters XML forbids, written raw', () => {
    expect(() => text('a\u0001b')).toThrow('invalid character U+0001 in text')
    expect(() => text('a\uFFFEb')).toThrow('invalid character U+FFFE/U+FFFF in text')
    expect(() => text('a\uFFFFb')).toThrow('invalid character U+FFFE/U+FFFF in text')
    expect(text('tab\tnew\nline\r')).toBe('tab\tnew\nline\r')
    expect(text('\uFFFD ok')).toBe('\uFFFD ok')
  })

  it('takes CDATA literally but still refuses forbidden characters there', () => {
    const literal = (value: string) => literalText(Buffer.from(value), 0, Buffer.byteLength(value))
    expect(literal('&nbsp; stays')).toBe('&nbsp; stays')
    expect(() => literal('\u0002')).toThrow(XmlReadError)
  })
})
