/**
 * i18n/field-labels.ts, edges; the zh-CN coverage of every id the core uses is in
 * tests/shared/zh-field-names.test.ts.
 */
import { describe, expect, it } from 'vitest'
import { fieldLabel, localizeFieldParams } from '../../../src/shared/i18n/field-labels'
import { messages, type MessageTree } from '../../../src/shared/i18n'

const en = messages.en as unknown as MessageTree
const zh = messages['zh-CN'] as unknown as MessageTree

describe('fieldLabel', () => {
  it('the forms’ label, lower-cased mid-sentence in English; Chinese as written', () => {
    // manualAccelerator.fields.memoryBandwidthGBs = "Memory bandwidth"
    expect(fieldLabel(en, 'memoryBandwidthGBs')).toBe('memory bandwidth')
    expect(fieldLabel(zh, 'memoryBandwidthGBs')).toBe(
      messages['zh-CN'].manualAccelerator.fields.memoryBandwidthGBs
    )
  })

  it('a path is labelled by its last part', () => {
    expect(fieldLabel(en, 'model.memoryBandwidthGBs')).toBe(fieldLabel(en, 'memoryBandwidthGBs'))
  })

  it('the first label set that has the id wins (manualAccelerator before wizard)', () => {
    const tree = {
      manualAccelerator: { fields: { x: 'First' } },
      wizard: { fields: { x: 'Second' } }
    }
    expect(fieldLabel(tree, 'x')).toBe('first')
  })

  it('a label with a placeholder is skipped for the next set', () => {
    const tree = {
      manualAccelerator: { fields: { budget: 'Budget ({currency})' } },
      fieldNames: { fields: { budget: 'budget' } }
    }
    expect(fieldLabel(tree, 'budget')).toBe('budget')
  })

  it('names and symbols keep their capitals', () => {
    const tree = { wizard: { fields: { a: 'FP16 peak', b: 'LoRA rank', c: 'KV heads' } } }
    expect(fieldLabel(tree, 'a')).toBe('FP16 peak')
    expect(fieldLabel(tree, 'b')).toBe('LoRA rank')
    expect(fieldLabel(tree, 'c')).toBe('KV heads')
  })

  it('an id no catalogue labels, or not an identifier, has no label', () => {
    expect(fieldLabel(en, 'noSuchFieldAnywhere')).toBeUndefined()
    expect(fieldLabel(en, 'has space')).toBeUndefined()
    expect(fieldLabel(en, '')).toBeUndefined()
  })
})

describe('localizeFieldParams', () => {
  it('replaces field, each of fields (joined by the language’s separator) and why', () => {
    const params = {
      field: 'memoryBandwidthGBs',
      fields: 'memoryBandwidthGBs, unknownThing',
      why: 'communication',
      n: 3
    }
    const out = localizeFieldParams(zh, params)
    const label = fieldLabel(zh, 'memoryBandwidthGBs')
    expect(out).toEqual({
      field: label,
      fields: `${label}${messages['zh-CN'].fieldNames.separator}unknownThing`,
      why: messages['zh-CN'].fieldNames.purposes.communication,
      n: 3
    })
    expect(params.field).toBe('memoryBandwidthGBs') // input untouched
  })

  it('nothing to label: the same object back', () => {
    const params = { field: 'unknownThing', fields: 'a b', why: 'noSuchPurpose' }
    expect(localizeFieldParams(en, params)).toBe(params)
  })
})
