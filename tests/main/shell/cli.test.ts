import { describe, expect, it } from 'vitest'
import { runCli, type CliIO } from '../../../src/main/cli/run'
import packageJson from '../../../package.json'

function capture(): CliIO & { stdout: string; stderr: string } {
  const io = {
    stdout: '',
    stderr: '',
    out: (text: string) => void (io.stdout += text),
    err: (text: string) => void (io.stderr += text),
    readFile: async () => '',
    readBytes: async () => Buffer.alloc(0)
  }
  return io
}

describe('compute-planner CLI', () => {
  it('prints the package version', async () => {
    const io = capture()
    expect(await runCli(['--version'], io)).toBe(0)
    expect(io.stdout.trim()).toBe(packageJson.version)
  })

  it('prints help naming every command', async () => {
    const io = capture()
    expect(await runCli(['--help'], io)).toBe(0)
    expect(io.stdout).toContain('compute-planner estimate PLAN.cplan')
    expect(io.stdout).toContain('inventory import FILE')
  })

  it('exits 2 on an unknown command, with help on stderr', async () => {
    const io = capture()
    expect(await runCli(['frobnicate'], io)).toBe(2)
    expect(io.stderr).toContain('Unknown command: frobnicate')
  })
})
