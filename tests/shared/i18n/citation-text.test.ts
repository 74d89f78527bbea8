/**
 * i18n/citation-text.ts: reading the core's figure citations and writing them in the reader's
 * language. Every citation the core writes is checked in tests/shared/zh-derivation-text.test.ts;
 * these are the parser's edges.
 */
import { describe, expect, it } from 'vitest'
import {
  USER_ENTRY,
  localizeCitation,
  readFigureCitations
} from '../../../src/shared/i18n/citation-text'
import { fieldLabel } from '../../../src/shared/i18n/field-labels'
import { interpolate, messages, type MessageTree } from '../../../src/shared/i18n'

const zh = messages['zh-CN']
const zhTree = zh as unknown as MessageTree

describe('readFigureCitations', () => {
  it('reads name, field and source; a capitalised word is part of the name, not a field', () => {
    expect(readFigureCitations('H100 SXM5 fp16Tflops: nvidia.com datasheet')).toEqual([
      { name: 'H100 SXM5', field: 'fp16Tflops', source: 'nvidia.com datasheet' }
    ])
  })

  it('a user entry has no source', () => {
    expect(readFigureCitations(`My card tdpW: ${USER_ENTRY}`)).toEqual([
      { name: 'My card', field: 'tdpW' }
    ])
  })

  it('reads the two details: as published, and both directions ÷ 2 on a fabric', () => {
    expect(readFigureCitations('A100 memory 80 GiB as published: src')).toContainEqual({
      name: 'A100',
      field: 'memory',
      detail: { kind: 'asPublished', value: '80 GiB' },
      source: 'src'
    })
    expect(
      readFigureCitations('A100 interconnectGBs 600 (both directions) ÷ 2 on nvswitch: src')
    ).toContainEqual({
      name: 'A100',
      field: 'interconnectGBs',
      detail: { kind: 'bothDirectionsHalf', value: '600', fabric: 'nvswitch' },
      source: 'src'
    })
  })

  it('lower-case words before a field belong to the name', () => {
    expect(readFigureCitations('Seed card for video int8Tops: article')).toEqual([
      { name: 'Seed card for video', field: 'int8Tops', source: 'article' }
    ])
  })

  it('a name holding ": " gives one reading per colon, shortest name first', () => {
    // The caller keeps the first reading whose field it can label ("card" has no label).
    expect(readFigureCitations('Seed inference card: Ascend-based int8Tops: src')).toEqual([
      { name: 'Seed inference', field: 'card', source: 'Ascend-based int8Tops: src' },
      { name: 'Seed inference card: Ascend-based', field: 'int8Tops', source: 'src' }
    ])
  })

  it('no ": " or no field part: no reading', () => {
    expect(readFigureCitations('a plain note')).toEqual([])
    expect(readFigureCitations('Word: source')).toEqual([])
  })
})

describe('localizeCitation', () => {
  it('labels the figure and keeps the source, in the language’s own punctuation', () => {
    const label = fieldLabel(zhTree, 'memoryBandwidthGBs')!
    expect(localizeCitation('A100 memoryBandwidthGBs: datasheet', 'zh-CN')).toBe(
      interpolate(zh.citations.figure, { name: 'A100', field: label, source: 'datasheet' })
    )
  })

  it('a user entry is said in words; the product by its Chinese name when one is given', () => {
    const label = fieldLabel(zhTree, 'memoryBandwidthGBs')!
    const names = new Map([['Ascend 910B', '昇腾 910B']])
    expect(localizeCitation(`Ascend 910B memoryBandwidthGBs: ${USER_ENTRY}`, 'zh-CN', names)).toBe(
      interpolate(zh.citations.figure, {
        name: '昇腾 910B',
        field: label,
        source: zh.citations.userEntry
      })
    )
  })

  it('a detail is written with its template and the fabric’s name', () => {
    const text = 'A100 interconnectGBs 600 (both directions) ÷ 2 on nvswitch: src'
    const out = localizeCitation(text, 'zh-CN')
    expect(out).toContain(
      interpolate(zh.citations.details.bothDirectionsHalf, {
        value: '600',
        fabric: zh.inferenceUi.split.fabrics.nvswitch
      })
    )
  })

  it('text that is not a figure citation is undefined', () => {
    expect(localizeCitation('no colon here', 'zh-CN')).toBeUndefined()
    expect(localizeCitation('Megatron-LM paper: arXiv 2104.04473', 'zh-CN')).toBeUndefined()
  })

  it('in English the figure is named by its label too', () => {
    expect(localizeCitation('A100 memoryBandwidthGBs: datasheet', 'en')).toBe(
      'A100 memory bandwidth: datasheet'
    )
  })
})
