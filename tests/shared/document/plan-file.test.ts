import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { PLAN_FORMAT, PLAN_VERSION, planDocumentSchema } from '@shared/schema/plan'
import { blankPlan } from '@shared/schema/plan-defaults'
import {
  displayNameOf,
  lineColumnAt,
  readPlanJson,
  readPlanText,
  serializePlan,
  suggestedFileName,
  utf8ByteLength
} from '@shared/schema/plan-file'
import { migratePlanDocument, PLAN_MIGRATIONS } from '@shared/schema/plan-migrations'

const fixture = (name: string) => readFileSync(join(__dirname, 'fixtures', name), 'utf8')

function expectRefused(result: ReturnType<typeof readPlanText>) {
  if (result.ok) throw new Error('expected the file to be refused')
  return result.error
}

describe('plan file: versions and migrations', () => {
  it('has a fixture for every version from the oldest to the current one', () => {
    const versions = [...PLAN_MIGRATIONS.map((m) => m.from), PLAN_VERSION]
    for (const version of versions) {
      const result = readPlanText(fixture(`plan-v${version}.cplan`))
      expect(result.ok, `plan-v${version}.cplan`).toBe(true)
    }
  })

  it('migrates version 0 (pre-release) to the current version, converting names and units', () => {
    const result = readPlanText(fixture('plan-v0.cplan'))
    if (!result.ok) throw new Error(JSON.stringify(result.error))
    expect(result.migratedFrom).toBe(0)
    expect(result.plan.version).toBe(PLAN_VERSION)
    expect(result.plan.name).toBe('Pre-release cluster plan')
    expect(result.plan.workloads.map((w) => w.kind)).toEqual(['llm-inference', 'custom'])
    expect(result.plan.settings).toMatchObject({
      currency: 'USD',
      pue: 1.4,
      electricityPricePerKWh: 0.12,
      years: 4,
      taxRate: 0.13,
      discount: 0.15
    })
    expect(result.plan).not.toHaveProperty('title')
    expect(result.plan).not.toHaveProperty('costs')
  })

  it('reads the current version without migrating it', () => {
    const result = readPlanText(fixture('plan-v1.cplan'))
    expect(result).toMatchObject({ ok: true, migratedFrom: null })
  })

  it('migrations are pure: the input document is left as it was', () => {
    const input = JSON.parse(fixture('plan-v0.cplan'))
    const before = JSON.stringify(input)
    const outcome = migratePlanDocument(input, 0, PLAN_VERSION)
    expect(outcome.ok).toBe(true)
    expect(JSON.stringify(input)).toBe(before)
  })

  it('each migration raises the version by exactly one, with no gaps', () => {
    PLAN_MIGRATIONS.forEach((migration, i) => {
      expect(migration.to).toBe(migration.from + 1)
      if (i > 0) expect(migration.from).toBe(PLAN_MIGRATIONS[i - 1].to)
    })
    expect(PLAN_MIGRATIONS.at(-1)?.to).toBe(PLAN_VERSION)
  })

  it('a missing step in the chain is reported, not skipped', () => {
    // (A version-0 document: each step checks its input has its version's frozen shape.)
    expect(migratePlanDocument({ version: 0 }, 0, 2, PLAN_MIGRATIONS)).toEqual({
      ok: false,
      missingFrom: 1
    })
  })

  it('migrated invalid values are still located in current field names', () => {
    const v0 = JSON.parse(fixture('plan-v0.cplan'))
    v0.costs.pue = 9
    const error = expectRefused(readPlanJson(v0))
    expect(error.code).toBe('INVALID_PLAN')
    expect(error.issues.map((i) => i.path)).toContain('settings.pue')
  })
})

describe('plan file: refusals with clear, located messages', () => {
  it('refuses a newer version, naming both versions', () => {
    const error = expectRefused(readPlanText(fixture('plan-v2-future.cplan')))
    expect(error).toMatchObject({ code: 'UNSUPPORTED_FILE', problem: 'newerVersion' })
    expect(error.message).toContain('file version 2')
    expect(error.message).toContain(`up to version ${PLAN_VERSION}`)
    expect(error.issues[0]).toMatchObject({
      path: 'version',
      key: 'document.errors.newerVersion',
      params: { version: 2, supported: PLAN_VERSION }
    })
  })

  it('reports corrupt JSON with its line and column', () => {
    const error = expectRefused(readPlanText(fixture('plan-truncated.cplan')))
    expect(error).toMatchObject({ code: 'UNSUPPORTED_FILE', problem: 'corruptJson' })
    expect(error.issues[0].params).toMatchObject({ line: 7, column: 1 })
    const midLine = expectRefused(readPlanText('{\n  "format": "x",\n  "version": 1 oops\n}'))
    expect(midLine.issues[0].params).toMatchObject({ line: 3, column: 16 })
    expect(midLine.message).toMatch(/line 3, column 16/)
  })

  it('reports an empty file as corrupt JSON at line 1', () => {
    const error = expectRefused(readPlanText(''))
    expect(error.issues[0].params).toMatchObject({ line: 1, column: 1 })
  })

  it('refuses a wrong or missing format, naming what it found', () => {
    const wrong = expectRefused(readPlanText('{"format":"excel","version":1}'))
    expect(wrong).toMatchObject({ problem: 'wrongFormat' })
    expect(wrong.message).toContain('"excel"')
    expect(wrong.issues[0].path).toBe('format')
    expect(expectRefused(readPlanText('{"version":1}')).message).toContain('missing')
    expect(expectRefused(readPlanText('[1,2]')).problem).toBe('notAnObject')
    expect(expectRefused(readPlanText('"text"')).problem).toBe('notAnObject')
  })

  it('refuses a non-integer or negative version', () => {
    for (const version of ['"1"', '1.5', '-1', 'null']) {
      const error = expectRefused(
        readPlanText(`{"format":"compute-planner/plan","version":${version}}`)
      )
      expect(error.problem, version).toBe('badVersion')
    }
  })

  it('refuses an oversize file before parsing it', () => {
    const big = `{"format":"compute-planner/plan","version":1,"name":"${'x'.repeat(2000)}"}`
    const error = expectRefused(readPlanText(big, { maxBytes: 1000 }))
    expect(error).toMatchObject({ code: 'FILE_TOO_LARGE', problem: 'tooLarge' })
    // Multi-byte text counts in UTF-8 bytes, not characters.
    const chinese = `{"format":"compute-planner/plan","version":1,"name":"${'算'.repeat(400)}","workloads":[]}`
    expect(chinese.length).toBeLessThan(1000)
    expect(expectRefused(readPlanText(chinese, { maxBytes: 1000 })).problem).toBe('tooLarge')
  })

  it('locates invalid fields by JSON path with translatable keys', () => {
    const error = expectRefused(readPlanText(fixture('plan-invalid-fields.cplan')))
    expect(error.code).toBe('INVALID_PLAN')
    expect(error.issues[1]).toMatchObject({
      path: 'workloads[0].contextTokens',
      key: 'core.validation.mustBeGreaterThan'
    })
  })

  it('accepts a byte-order mark written by Windows editors', () => {
    expect(readPlanText(`\uFEFF${fixture('plan-v1.cplan')}`).ok).toBe(true)
  })
})

describe('plan defaults without the schema', () => {
  it('a blank plan is exactly what the schema makes of an empty plan, defaults included', () => {
    for (const name of ['', 'Q3 cluster']) {
      const fromSchema = planDocumentSchema.parse({
        format: PLAN_FORMAT,
        version: PLAN_VERSION,
        name,
        workloads: []
      })
      expect(blankPlan(name)).toEqual(fromSchema)
    }
  })

  it('each blank plan is a fresh object (editing one leaves the next untouched)', () => {
    const first = blankPlan()
    first.settings.exchangeRates.CNY = 1
    first.compare.candidates.push('x')
    expect(blankPlan().settings.exchangeRates.CNY).toBe(7.2)
    expect(blankPlan().compare.candidates).toEqual([])
  })
})

describe('plan file: writing and names', () => {
  it('serialises to text that reads back to the same plan', () => {
    const first = readPlanText(fixture('plan-v0.cplan'))
    if (!first.ok) throw new Error('fixture')
    const text = serializePlan(first.plan)
    expect(text.endsWith('\n')).toBe(true)
    const again = readPlanText(text)
    expect(again).toEqual({ ok: true, plan: first.plan, migratedFrom: null })
  })

  it('suggests a safe file name and a display name', () => {
    expect(suggestedFileName('Q3: GPU/NPU plan?')).toBe('Q3 GPU NPU plan.cplan')
    expect(suggestedFileName('  ...  ')).toBe('plan.cplan')
    expect(suggestedFileName('集群方案')).toBe('集群方案.cplan')
    expect(displayNameOf('/home/a/Q3 plan.cplan', 'ignored', 'Untitled')).toBe('Q3 plan')
    expect(displayNameOf('C:\\plans\\x.CPLAN', '', 'Untitled')).toBe('x')
    expect(displayNameOf(null, ' ', 'Untitled')).toBe('Untitled')
    expect(displayNameOf(null, 'Mine', 'Untitled')).toBe('Mine')
  })

  it('counts UTF-8 bytes and finds line/column of an offset', () => {
    expect(utf8ByteLength('aé算😀')).toBe(1 + 2 + 3 + 4)
    expect(lineColumnAt('ab\ncd', 4)).toEqual({ line: 2, column: 2 })
  })
})

describe('plan migrations are typed by frozen version shapes', () => {
  it('a step refuses a document that is not its version, and never hands on a wrong one', () => {
    const [v0ToV1] = PLAN_MIGRATIONS
    expect(() => v0ToV1.migrate({ version: 1, name: 'already 1' })).toThrow(
      'plan migration 0 → 1: input is not version 0'
    )
    const migrated = v0ToV1.migrate({ format: 'compute-planner/plan', version: 0, title: 'T' })
    expect(migrated).toMatchObject({ version: 1, name: 'T' })
  })
})
