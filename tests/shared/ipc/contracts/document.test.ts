import { describe, expect, it } from 'vitest'
import {
  ASK_ANSWERS,
  askRequestSchema,
  autosaveEntrySchema,
  documentContract,
  documentStateSchema,
  openRequestSchema,
  parsedPlanSchema,
  settingsChangeSchema
} from '../../../../src/shared/ipc/contracts/document'
import { defaultSettings } from '../../../../src/shared/schema/settings'

const paths = (result: { error?: { issues: { path: PropertyKey[] }[] } }) =>
  result.error?.issues.map((issue) => issue.path.join('.'))

describe('document contract schemas', () => {
  it('a plan value must be an object (not null, not an array); its content is the service’s', () => {
    expect(parsedPlanSchema.safeParse({ plan: { anything: 1 }, migratedFrom: null }).success).toBe(
      true
    )
    for (const plan of [null, [], 'plan', 1]) {
      const result = parsedPlanSchema.safeParse({ plan, migratedFrom: null })
      expect(paths(result), String(plan)).toEqual(['plan'])
      expect(result.error?.issues[0].message).toBe('expected a plan document object')
    }
  })

  it('migratedFrom is an integer version or null', () => {
    expect(parsedPlanSchema.safeParse({ plan: {}, migratedFrom: 0 }).success).toBe(true)
    expect(paths(parsedPlanSchema.safeParse({ plan: {}, migratedFrom: 0.5 }))).toEqual([
      'migratedFrom'
    ])
  })

  it('ask: the kind decides which fields are required, and strictly', () => {
    expect(askRequestSchema.safeParse({ kind: 'unsaved', name: 'p' }).success).toBe(true)
    expect(paths(askRequestSchema.safeParse({ kind: 'recovery', name: 'p' }))).toEqual(['savedAt'])
    expect(askRequestSchema.safeParse({ kind: 'unsaved', name: 'p', savedAt: 'x' }).success).toBe(
      false
    )
    expect(askRequestSchema.safeParse({ kind: 'quit', name: 'p' }).success).toBe(false)
    expect(new Set(ASK_ANSWERS).size).toBe(ASK_ANSWERS.length)
  })

  it('document state: the display name is at most 300 characters; filePath may be null', () => {
    const state = { dirty: false, displayName: 'd'.repeat(300), filePath: null }
    expect(documentStateSchema.safeParse(state).success).toBe(true)
    expect(
      paths(documentStateSchema.safeParse({ ...state, displayName: 'd'.repeat(301) }))
    ).toEqual(['displayName'])
    expect(paths(documentStateSchema.safeParse({ ...state, filePath: '' }))).toEqual(['filePath'])
  })

  it('open requests are plans or inventories with a path', () => {
    expect(openRequestSchema.safeParse({ kind: 'inventory', path: '/a.xlsx' }).success).toBe(true)
    expect(paths(openRequestSchema.safeParse({ kind: 'quote', path: '/a' }))).toEqual(['kind'])
  })

  it('an autosave whose plan no longer validates still carries its issues', () => {
    const entry = {
      plan: {},
      filePath: null,
      savedAt: '2026-12-06T09:00:00Z',
      issues: [{ path: 'workloads[0].tokens', message: 'bad', key: 'k', params: { n: 1 } }]
    }
    expect(autosaveEntrySchema.safeParse(entry).success).toBe(true)
    const badParam = { ...entry, issues: [{ path: 'x', message: 'm', params: { n: true } }] }
    expect(paths(autosaveEntrySchema.safeParse(badParam))).toEqual(['issues.0.params.n'])
  })

  it('settings revisions are non-negative integers', () => {
    const settings = defaultSettings()
    expect(settingsChangeSchema.safeParse({ revision: 0, settings }).success).toBe(true)
    expect(paths(settingsChangeSchema.safeParse({ revision: -1, settings }))).toEqual(['revision'])
    expect(documentContract['settings.watch'].request.safeParse({ after: 1.5 }).success).toBe(false)
  })

  it('dialogs know their purposes; a cancelled dialog answers null', () => {
    expect(documentContract['dialog.open'].request.safeParse({ purpose: 'quote' }).success).toBe(
      false
    )
    expect(documentContract['dialog.save'].request.safeParse({ purpose: 'quote' }).success).toBe(
      true
    )
    expect(documentContract['dialog.save'].response.safeParse(null).success).toBe(true)
  })
})
