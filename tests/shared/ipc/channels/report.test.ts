import { describe, expect, it } from 'vitest'
import { REPORT_CHANNELS } from '../../../../src/shared/ipc/channels/report'
import { contract } from '../../../../src/shared/ipc/contract'

describe('report channels', () => {
  it('are unique names under the "report"-area methods, each with a contract entry', () => {
    const names = Object.values(REPORT_CHANNELS)
    expect(names.length).toBeGreaterThan(0)
    expect(new Set(names).size).toBe(names.length)
    for (const name of names) {
      expect(contract, name).toHaveProperty([name])
      expect(contract[name].request, name).toBeDefined()
      expect(contract[name].response, name).toBeDefined()
    }
  })

  it('every name is in the "report." namespace (an area file lists only its own channels)', () => {
    for (const name of Object.values(REPORT_CHANNELS)) expect(name).toMatch(/^report\./)
  })
})
