/**
 * Issue 19, "durations in sensible units": `estimate` prints a job's duration in the unit its
 * size calls for (shared/format/duration.ts), in either language: the default vision training
 * platform (ResNet-50, ImageNet, 90 epochs on 8 × Ascend 910B) takes about 2 hours, which
 * read as "0.1 days" before.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from '../../../src/main/cli/run'
import { estimatePlan, parsePlan } from '@shared/core'
import { formatDuration } from '@shared/format/duration'
import { PLAN_FORMAT, PLAN_VERSION } from '@shared/schema/plan'
import { captureCliIO } from '../../support/cli-io'

const PLAN = {
  format: PLAN_FORMAT,
  version: PLAN_VERSION,
  name: 'short training',
  workloads: [
    {
      id: 'vision-1',
      kind: 'vision-training',
      accelerator: 'huawei-ascend-910b',
      model: 'resnet50',
      images: 1_281_167,
      epochs: 90,
      accelerators: 8
    }
  ]
}

function planFile(): string {
  const path = join(mkdtempSync(join(tmpdir(), 'cli-duration-')), 'short.cplan')
  writeFileSync(path, JSON.stringify(PLAN))
  return path
}

function estimatedDays(): number {
  const parsed = parsePlan(PLAN)
  if (!parsed.ok) throw new Error('fixture plan invalid')
  const result = estimatePlan(parsed.plan).workloads[0].result as unknown as { days: number }
  return result.days
}

describe('estimate prints durations in sensible units', () => {
  it('a 2-hour job reads in hours, in Chinese and in English', async () => {
    const days = estimatedDays()
    expect(days * 24).toBeGreaterThan(1)
    expect(days * 24).toBeLessThan(5)
    const path = planFile()
    const chinese = captureCliIO()
    expect(await runCli(['estimate', path, '--lang', 'zh-CN'], chinese)).toBe(0)
    expect(chinese.stdout).toContain(formatDuration(days, 'zh-CN'))
    expect(formatDuration(days, 'zh-CN')).toMatch(/^\d\.\d 小时$/)
    expect(chinese.stdout).not.toMatch(/0\.\d+ 天/)
    const english = captureCliIO()
    expect(await runCli(['estimate', path, '--lang', 'en'], english)).toBe(0)
    expect(english.stdout).toContain(formatDuration(days, 'en'))
    expect(english.stdout).not.toMatch(/0\.\d+ days/)
  })
})
