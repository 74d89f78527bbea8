/**
 * The typed IPC contract: every channel has a request and a response schema, and every
 * request schema accepts a valid example and refuses a wrong one with a located issue.
 * `EXAMPLES` is typed by channel name, so a new channel without an example fails typecheck.
 */
import { describe, expect, it } from 'vitest'
import { contract } from '../../../src/shared/ipc/contract'
import { CHANNEL_NAMES, type ChannelName } from '../../../src/shared/ipc/channels'
import { PLAN_FORMAT, PLAN_VERSION } from '../../../src/shared/schema/plan'

const plan = { format: PLAN_FORMAT, version: PLAN_VERSION, name: 'p', workloads: [] }
const file = { fileName: 'cards.xlsx', dataBase64: 'AAAA' }
const profile = {
  name: 'my cluster',
  kind: 'llm-training',
  accelerator: 'nvidia-a100-sxm4-80gb',
  assumptions: { mfu: { typical: 0.4, low: 0.35, high: 0.45 } },
  measurements: [
    {
      kind: 'llm-training',
      accelerator: 'nvidia-a100-sxm4-80gb',
      model: 'llama-2-7b',
      tokensPerSecondPerAccelerator: 2500
    }
  ]
}

/** A valid request for every channel (undefined: the channel takes none). */
const EXAMPLES: Record<ChannelName, unknown> = {
  'app.info': undefined,
  'app.setLocale': 'zh-CN',
  'calc.estimate': plan,
  'catalog.get': undefined,
  'inventory.inspect': { file },
  'inventory.importStart': { file, sheet: 'Sheet1', headerRow: 2, halveSparse: true },
  'inventory.importProgress': { jobId: 'job-1' },
  'inventory.importResult': { jobId: 'job-1', offset: 0, limit: 100, outcome: 'rejected' },
  'inventory.importCancel': { jobId: 'job-1' },
  'inventory.commit': { jobId: 'job-1', decisions: [{ row: 2, decision: 'merge' }] },
  'inventory.list': undefined,
  'inventory.save': { entries: [{ id: 'a', kind: 'accelerator', name: 'H100' }] },
  'inventory.export': { items: [{ kind: 'server', name: 'HGX', acceleratorsPerServer: 8 }] },
  'quote.export': { plan, options: { language: 'both', date: '2026-12-06' } },
  'quote.exportCsv': { plan },
  'quote.lines': { plan },
  'quote.writeFile': { plan, path: '/tmp/q.xlsx' },
  'document.parse': { text: '{}' },
  'document.read': { path: '/tmp/a.cplan' },
  'document.write': { path: '/tmp/a.cplan', plan },
  'dialog.open': { purpose: 'inventory' },
  'dialog.save': { purpose: 'quoteCsv', suggestedName: 'q.csv' },
  'dialog.ask': { kind: 'recovery', name: 'p', savedAt: '2026-12-06T09:00:00Z' },
  'document.setState': { dirty: true, displayName: 'p', filePath: null },
  'document.takeOpenRequests': undefined,
  'document.readSpreadsheet': { path: '/tmp/cards.xlsx' },
  'autosave.write': { plan, filePath: null },
  'autosave.read': undefined,
  'autosave.discard': undefined,
  'settings.get': undefined,
  'settings.set': {},
  'settings.watch': { after: 0 },
  'recent.list': undefined,
  'recent.clear': undefined,
  'webPlans.keep': { fileName: 'p.cplan', plan },
  'webPlans.open': { path: '/plans/p.cplan' },
  'report.export': { plan, options: { language: 'en', company: 'ACME' } },
  'report.comparisonCsv': { plan },
  'calibration.readMeasurements': { file },
  'calibration.profiles.save': { profile },
  'calibration.profiles.rename': { from: 'a', to: 'b' },
  'calibration.profiles.delete': { name: 'a' },
  'calibration.profiles.import': { fileName: 'p.json', text: '{}' }
}

describe('the IPC contract', () => {
  it('has exactly one entry per channel of the channel list', () => {
    expect(Object.keys(contract).sort()).toEqual([...CHANNEL_NAMES].sort())
  })

  it.each(CHANNEL_NAMES)('%s accepts its example request', (channel) => {
    const result = contract[channel].request.safeParse(EXAMPLES[channel])
    expect(result.error?.issues, channel).toBeUndefined()
    expect(result.success).toBe(true)
  })

  it.each(CHANNEL_NAMES)('%s refuses a number as its request', (channel) => {
    const result = contract[channel].request.safeParse(42)
    expect(result.success, channel).toBe(false)
    expect(result.error?.issues.length).toBeGreaterThan(0)
  })

  it('a wrong field type deep in a request is reported at its path', () => {
    const result = contract['inventory.commit'].request.safeParse({
      jobId: 'job-1',
      decisions: [
        { row: 2, decision: 'merge' },
        { row: 'three', decision: 'merge' }
      ]
    })
    expect(result.success).toBe(false)
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([['decisions', 1, 'row']])
  })

  it('strict requests refuse an unknown field by name', () => {
    const result = contract['document.read'].request.safeParse({ path: '/a', extra: true })
    expect(result.success).toBe(false)
    expect(JSON.stringify(result.error?.issues)).toContain('extra')
  })

  it('channels that take no request refuse one (an export’s items may be left out)', () => {
    expect(contract['inventory.export'].request.safeParse(undefined).success).toBe(true)
    for (const channel of CHANNEL_NAMES.filter((name) => EXAMPLES[name] === undefined))
      expect(contract[channel].request.safeParse({}).success, channel).toBe(false)
  })
})
