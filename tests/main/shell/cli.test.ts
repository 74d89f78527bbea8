import { describe, expect, it } from 'vitest'
import { runCli } from '../../../src/main/cli/run'
import packageJson from '../../../package.json'
import { captureCliIO } from '../../support/cli-io'

describe('compute-planner CLI', () => {
  it('prints the package version', async () => {
    const io = captureCliIO()
    expect(await runCli(['--version'], io)).toBe(0)
    expect(io.stdout.trim()).toBe(packageJson.version)
  })

  it('prints help naming every command', async () => {
    const io = captureCliIO()
    expect(await runCli(['--help'], io)).toBe(0)
    expect(io.stdout).toContain('compute-planner estimate PLAN.cplan')
    expect(io.stdout).toContain('inventory import FILE')
  })

  it('exits 2 on an unknown command, with help on stderr', async () => {
    const io = captureCliIO()
    expect(await runCli(['frobnicate'], io)).toBe(2)
    expect(io.stderr).toContain('Unknown command: frobnicate')
  })
})
