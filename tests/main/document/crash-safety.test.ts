/**
 * Crash safety of Save: a child process writes a large plan (the real atomic writer that
 * savePlanFile uses once the plan is validated) and is
 * killed with SIGKILL — at a randomised moment, or at each named step of the save — hundreds
 * of times. After every kill the file on disk must parse and be exactly the old or the new
 * version; a left-over `.bak` must be the old version. Seeded, so a failure replays.
 */
import { spawn } from 'node:child_process'
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { build } from 'esbuild'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PLAN_FORMAT, PLAN_VERSION } from '@shared/schema/plan'
import { readPlanJson, readPlanText, serializePlan } from '@shared/schema/plan-file'
import { SAVE_STEPS } from '../../../src/main/services/files/atomic-write'
import { savePlanFile } from '../../../src/main/services/document/plan-files'
import { mulberry32 } from './prng'

const ITERATIONS = Number(process.env.CRASH_ITERATIONS ?? 200)
const SEED = Number(process.env.CRASH_SEED ?? 20260127)

let work: string
let childScript: string

/** ~0.9 MB of pretty JSON: 1 000 workloads and 4 000 inventory rows (the schema's scale). */
function largePlan(name: string, variant: number) {
  return {
    format: PLAN_FORMAT,
    version: PLAN_VERSION,
    name,
    workloads: Array.from({ length: 1000 }, (_, i) => ({
      id: `w${i}`,
      name: `Workload ${i} ${'·'.repeat(20)}`,
      kind: 'custom',
      accelerator: 'nvidia-a100-sxm4-80gb',
      acceleratorHours: 100 + i + variant,
      accelerators: 8
    })),
    inventory: Array.from({ length: 4000 }, (_, i) => ({
      id: `inv-${i}`,
      vendor: 'Vendor',
      name: `Card ${i} 加速卡`,
      memoryGB: 64,
      bf16Tflops: 300 + variant,
      quantityOnHand: i
    }))
  }
}

function runChild(target: string, planPath: string, dieAt: string, killAfterMs: number | null) {
  return new Promise<{ completed: boolean; savingMs: number }>((resolveRun, reject) => {
    const child = spawn(process.execPath, [childScript, target, planPath, dieAt], {
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let out = ''
    let err = ''
    let timer: NodeJS.Timeout | undefined
    let readyAt = 0
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      if (readyAt === 0 && out.includes('ready')) {
        readyAt = performance.now()
        if (killAfterMs !== null) timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs)
      }
    })
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()))
    child.on('error', reject)
    child.on('exit', (code, signal) => {
      clearTimeout(timer)
      const savingMs = readyAt === 0 ? 0 : performance.now() - readyAt
      if (code === 0) resolveRun({ completed: true, savingMs })
      else if (signal === 'SIGKILL') resolveRun({ completed: false, savingMs })
      else reject(new Error(`child failed (${code}): ${err}`))
    })
  })
}

const texts: Record<'A' | 'B', string> = { A: '', B: '' }

/**
 * Which version is on disk. The bytes must equal one of the two texts exactly — both were
 * checked once to open as valid plans, so byte equality proves the file parses, more
 * strictly (and far faster, hundreds of times over) than parsing it again.
 */
function versionOnDisk(path: string): 'A' | 'B' {
  const text = readFileSync(path, 'utf8')
  if (text === texts.A) return 'A'
  if (text === texts.B) return 'B'
  throw new Error(`${path} holds neither version (${text.length} chars)`)
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'cp-crash-'))
  childScript = join(work, 'crash-child.cjs')
  await build({
    entryPoints: [resolve(__dirname, 'crash-child.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    outfile: childScript,
    alias: { '@shared': resolve(__dirname, '../../../src/shared') },
    logLevel: 'silent'
  })
  for (const [version, variant] of [
    ['A', 0],
    ['B', 1]
  ] as const) {
    const parsed = readPlanJson(largePlan(`version ${version}`, variant))
    if (!parsed.ok) throw new Error(parsed.error.message)
    texts[version] = serializePlan(parsed.plan)
    writeFileSync(join(work, `${version}.txt`), texts[version])
  }
}, 60_000)

afterAll(() => rmSync(work, { recursive: true, force: true }))

describe('crash safety of Save (child process killed mid-save)', () => {
  it(`leaves the old or the new plan, never a broken file (${ITERATIONS} kills, seed ${SEED})`, async () => {
    const fileOf = (version: 'A' | 'B') => join(work, `${version}.txt`)
    const calibration = join(work, 'calibration.cplan')
    await savePlanFile(calibration, JSON.parse(texts.A))
    expect(statSync(calibration).size).toBeGreaterThan(900_000)
    expect(readPlanText(readFileSync(calibration, 'utf8')).ok).toBe(true)
    // The random kill window: how long one save takes once the child is ready (x1.2 to
    // also land just after it), measured here because disks and loads differ.
    const measured = await runChild(calibration, fileOf('B'), '-', null)
    expect(measured.completed).toBe(true)
    expect(versionOnDisk(calibration)).toBe('B')
    const window = Math.max(5, measured.savingMs * 1.2)

    // Two lanes (one file each) use both cores; each lane has its own seeded sequence.
    const lanes = await Promise.all(
      [0, 1].map((lane) =>
        killRepeatedly(join(work, `lane${lane}.cplan`), SEED + lane, ITERATIONS / 2, window)
      )
    )
    const outcomes = {
      completed: lanes.reduce((n, l) => n + l.completed, 0),
      killed: lanes.reduce((n, l) => n + l.killed, 0),
      keptOld: lanes.reduce((n, l) => n + l.keptOld, 0),
      steps: new Set(lanes.flatMap((l) => [...l.steps]))
    }
    // The kills must really land inside saves, at every named step, and leave both outcomes.
    expect(outcomes.killed).toBeGreaterThan(ITERATIONS / 2)
    expect([...outcomes.steps].sort()).toEqual([...SAVE_STEPS].sort())
    expect(outcomes.keptOld).toBeGreaterThan(0)
    expect(outcomes.keptOld).toBeLessThan(ITERATIONS)

    // One clean save tidies up whatever the kills left behind.
    for (const lane of ['lane0', 'lane1']) {
      const target = join(work, `${lane}.cplan`)
      await savePlanFile(target, JSON.parse(texts.A))
      expect(readdirSync(work).filter((name) => name.startsWith(`.${lane}.cplan.`))).toEqual([])
      expect(existsSync(`${target}.bak`)).toBe(false)
      expect(versionOnDisk(target)).toBe('A')
    }
  }, 300_000) // ~20–30 s on two idle cores; the margin is for a loaded CI machine
})

async function killRepeatedly(target: string, seed: number, iterations: number, window: number) {
  const random = mulberry32(seed)
  await savePlanFile(target, JSON.parse(texts.A))
  const tally = { completed: 0, killed: 0, keptOld: 0, steps: new Set<string>() }
  for (let i = 0; i < iterations; i++) {
    const old = versionOnDisk(target)
    const next = old === 'A' ? 'B' : 'A'
    // 40 %: die exactly at a named step of the save; 60 %: SIGKILL at a random moment.
    const dieAt = random() < 0.4 ? SAVE_STEPS[Math.floor(random() * SAVE_STEPS.length)] : '-'
    const killAfter = dieAt === '-' ? random() * window : null
    const { completed } = await runChild(target, join(work, `${next}.txt`), dieAt, killAfter)

    const label = `${target} iteration ${i}: step ${dieAt}, kill after ${killAfter} ms`
    const now = versionOnDisk(target)
    expect([old, next], label).toContain(now)
    if (completed) expect(now, label).toBe(next)
    // A `.bak` left by a kill is always a complete earlier version (possibly from an
    // earlier interrupted save, until the next save replaces it).
    if (existsSync(`${target}.bak`))
      expect(['A', 'B'], label).toContain(versionOnDisk(`${target}.bak`))
    if (completed) tally.completed++
    else tally.killed++
    if (dieAt !== '-') tally.steps.add(dieAt)
    if (now === old) tally.keptOld++
  }
  return tally
}
