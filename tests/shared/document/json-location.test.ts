import { describe, expect, it } from 'vitest'
import { findJsonSyntaxError } from '@shared/schema/json-location'
import { readPlanText } from '@shared/schema/plan-file'

describe('locating JSON syntax errors', () => {
  it('accepts what JSON.parse accepts', () => {
    for (const text of [
      '{}',
      '[]',
      ' {"a": [1, -2.5e3, "x\\n\\u00e9", true, false, null]} ',
      '0',
      '"s"'
    ]) {
      expect(() => JSON.parse(text)).not.toThrow()
      expect(findJsonSyntaxError(text), text).toBeNull()
    }
  })

  it.each([
    ['root:x:0:0', 0, 'unexpected character "r" where a value should be'],
    ['{"a": 1,}', 8, "trailing comma before '}'"],
    ['{"a": 1 "b": 2}', 8, "expected ',' or '}'"],
    ['{"a": tru}', 9, 'unexpected character "}"'],
    ['{a: 1}', 1, 'expected a "quoted" property name'],
    ['[1, 2', 5, 'unexpected end of file'],
    ['{"a": "x\ny"}', 8, 'control character inside a string (use \\n, \\t…)'],
    ['{"a": 01}', 7, "expected ',' or '}'"],
    ['{"a": 1} extra', 9, 'unexpected text after the end of the document'],
    ['"unterminated', 13, 'unterminated string'],
    ['', 0, 'unexpected end of file']
  ])('%j → offset %i: %s', (text, offset, reason) => {
    expect(() => JSON.parse(text)).toThrow()
    expect(findJsonSyntaxError(text)).toEqual({ offset, reason })
  })

  it('does not recurse without bound', () => {
    expect(findJsonSyntaxError('['.repeat(5000))?.reason).toBe('nested too deeply')
  })

  it('the file error shows our location and reason, never the file’s content', () => {
    const result = readPlanText('root:x:0:0:root:/root:/bin/bash\n')
    if (result.ok) throw new Error('expected a refusal')
    expect(result.error.message).toBe(
      'The file is not valid JSON (line 1, column 1): unexpected character "r" where a value should be'
    )
    expect(result.error.message).not.toContain('root:x')
  })
})
