import { describe, expect, it } from 'vitest'
import { QUOTE_CHANNELS } from '../../../../src/shared/ipc/channels/quote'
import { contract } from '../../../../src/shared/ipc/contract'

describe('quote channels', () => {
  it('are unique names under the "quote"-area methods, each with a contract entry', () => {
    const names = Object.values(QUOTE_CHANNELS)
    expect(names.length).toBeGreaterThan(0)
    expect(new Set(names).size).toBe(names.length)
    for (const name of names) {
      expect(contract, name).toHaveProperty([name])
      expect(contract[name].request, name).toBeDefined()
      expect(contract[name].response, name).toBeDefined()
    }
  })

  it('every name is in the "quote." namespace (an area file lists only its own channels)', () => {
    for (const name of Object.values(QUOTE_CHANNELS)) expect(name).toMatch(/^quote\./)
  })
})
