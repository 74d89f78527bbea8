import { describe, expect, it } from 'vitest'
import {
  PLAN_FILE_EXTENSION,
  displayNameOf,
  serializePlan,
  suggestedFileName
} from '../../../src/shared/schema/plan-file-names'
import { PLAN_FORMAT, PLAN_VERSION, blankPlan } from '../../../src/shared/schema/plan-defaults'
import type { PlanDocument } from '../../../src/shared/schema/plan'

describe('serializePlan', () => {
  it('pretty JSON with a trailing newline, always the current format and version', () => {
    const old = { ...blankPlan('p'), version: 0, format: 'x' } as unknown as PlanDocument
    const text = serializePlan(old)
    expect(text.endsWith('}\n')).toBe(true)
    expect(text).toContain('\n  "name": "p"')
    expect(JSON.parse(text)).toMatchObject({ format: PLAN_FORMAT, version: PLAN_VERSION })
    expect(old.version).toBe(0) // the object itself is not changed
  })
})

describe('suggestedFileName', () => {
  it('adds the extension', () => {
    expect(suggestedFileName('Q3 cluster')).toBe(`Q3 cluster.${PLAN_FILE_EXTENSION}`)
  })

  it('replaces characters no file system accepts and collapses the spaces', () => {
    expect(suggestedFileName('a/b\\c:d*e?f"g<h>i|j')).toBe('a b c d e f g h i j.cplan')
    expect(suggestedFileName('  GPU   plan  ')).toBe('GPU plan.cplan')
  })

  it('strips leading and trailing dots (hidden files, Windows)', () => {
    expect(suggestedFileName('..plan...')).toBe('plan.cplan')
  })

  it('an empty result uses the fallback', () => {
    expect(suggestedFileName('')).toBe('plan.cplan')
    expect(suggestedFileName('///', 'untitled')).toBe('untitled.cplan')
  })

  it('keeps Chinese and caps the name at 120 characters', () => {
    expect(suggestedFileName('训练集群 2026')).toBe('训练集群 2026.cplan')
    expect(suggestedFileName('x'.repeat(300))).toBe(`${'x'.repeat(120)}.cplan`)
  })
})

describe('displayNameOf', () => {
  it('a file’s name without .cplan, on either path separator', () => {
    expect(displayNameOf('/home/u/Q3.cplan', 'ignored', 'Untitled')).toBe('Q3')
    expect(displayNameOf('C:\\plans\\Q3.CPLAN', 'ignored', 'Untitled')).toBe('Q3')
    expect(displayNameOf('/a/notes.json', 'ignored', 'Untitled')).toBe('notes.json')
    // A file called just ".cplan" keeps its name rather than becoming empty.
    expect(displayNameOf('/a/.cplan', 'ignored', 'Untitled')).toBe('.cplan')
  })

  it('without a file, the plan’s name, else the untitled word', () => {
    expect(displayNameOf(null, '  My plan ', 'Untitled')).toBe('My plan')
    expect(displayNameOf(null, '   ', '未命名')).toBe('未命名')
  })
})
