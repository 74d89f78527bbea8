import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import {
  CHOOSABLE_ENCODINGS,
  decodeAs,
  decodeText
} from '../../../../../src/main/services/inventory/read/text-decode'

const BOM8 = Buffer.from([0xef, 0xbb, 0xbf])

describe('decodeText', () => {
  it('reads an empty file as empty UTF-8', () => {
    expect(decodeText(Buffer.alloc(0))).toEqual({
      text: '',
      encoding: 'utf-8',
      confidence: 'certain'
    })
  })

  it('trusts a byte-order mark and drops it', () => {
    expect(decodeText(Buffer.concat([BOM8, Buffer.from('a,b')]))).toEqual({
      text: 'a,b',
      encoding: 'utf-8-bom',
      confidence: 'certain'
    })
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode('型号,GB', 'utf-16be')])
    expect(decodeText(be)).toEqual({ text: '型号,GB', encoding: 'utf-16be', confidence: 'certain' })
  })

  it('finds UTF-16 without a BOM from the NULs of ASCII text, in either byte order', () => {
    const text = 'Model,Memory\nH100,80\n'
    expect(decodeText(iconv.encode(text, 'utf-16le'))).toEqual({
      text,
      encoding: 'utf-16le',
      confidence: 'likely'
    })
    expect(decodeText(iconv.encode(text, 'utf-16be'))).toMatchObject({ text, encoding: 'utf-16be' })
  })

  it('reads a one-byte file as text, not UTF-16', () => {
    expect(decodeText(Buffer.from('a'))).toMatchObject({ text: 'a', encoding: 'utf-8' })
  })

  it('reads Chinese in GB18030, including characters outside GBK (four-byte codes)', () => {
    const text = '型号,显存,价格\n昇腾910B,64GB,￥120000\n'
    expect(decodeText(iconv.encode(text, 'gb18030'))).toEqual({
      text,
      encoding: 'gb18030',
      confidence: 'likely'
    })
    const rare = `${text}𠀀,1\n`
    expect(decodeText(iconv.encode(rare, 'gb18030'))).toMatchObject({
      text: rare,
      encoding: 'gb18030'
    })
  })

  it('reads Western Excel CSV as Windows-1252 when its accented letters stand alone', () => {
    const text = 'Name,Price\nCafé Rack,£12000\nNaïve Box,€900\n'
    expect(decodeText(iconv.encode(text, 'windows-1252'))).toMatchObject({
      text,
      encoding: 'windows-1252'
    })
  })

  it('reads Japanese kana in Shift-JIS', () => {
    const text = 'モデル,メモリ\nカード,80\nサーバー,8\n'
    expect(decodeText(iconv.encode(text, 'shift_jis'))).toMatchObject({
      text,
      encoding: 'shift_jis',
      confidence: 'likely'
    })
  })

  it('says a guess from a couple of bytes is uncertain', () => {
    expect(decodeText(iconv.encode('型,1', 'gb18030')).confidence).toBe('uncertain')
  })

  it('decodes in the encoding the planner chose, as certain', () => {
    const bytes = iconv.encode('Café', 'windows-1252')
    expect(decodeText(bytes, 'windows-1252')).toEqual({
      text: 'Café',
      encoding: 'windows-1252',
      confidence: 'certain'
    })
  })
})

describe('decodeAs', () => {
  it('drops a UTF-8 BOM only when one is there', () => {
    expect(decodeAs(Buffer.concat([BOM8, Buffer.from('x')]), 'utf-8-bom')).toBe('x')
    expect(decodeAs(Buffer.from('x'), 'utf-8-bom')).toBe('x')
    // Plain UTF-8 keeps a BOM character if asked to (the planner chose it).
    expect(decodeAs(Buffer.concat([BOM8, Buffer.from('x')]), 'utf-8')).toBe('\uFEFFx')
  })

  it('round-trips a sample through every encoding it offers', () => {
    for (const encoding of CHOOSABLE_ENCODINGS) {
      const text = 'Model,GB\nA100,80\n'
      const bytes =
        encoding === 'utf-8-bom'
          ? Buffer.concat([BOM8, Buffer.from(text)])
          : iconv.encode(text, encoding)
      expect(decodeAs(bytes, encoding), encoding).toBe(text)
    }
  })
})
