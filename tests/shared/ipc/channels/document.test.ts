import { describe, expect, it } from 'vitest'
import { DOCUMENT_CHANNELS } from '../../../../src/shared/ipc/channels/document'
import { contract } from '../../../../src/shared/ipc/contract'

describe('document channels', () => {
  it('are unique names under the "document"-area methods, each with a contract entry', () => {
    const names = Object.values(DOCUMENT_CHANNELS)
    expect(names.length).toBeGreaterThan(0)
    expect(new Set(names).size).toBe(names.length)
    for (const name of names) {
      expect(contract, name).toHaveProperty([name])
      expect(contract[name].request, name).toBeDefined()
      expect(contract[name].response, name).toBeDefined()
    }
  })
})
