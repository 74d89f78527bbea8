/** Availability per procurement market (resources/catalog/availability.json). */
import { describe, expect, it } from 'vitest'
import { availabilityOf, defaultCatalog } from '../../../src/shared/core'
import { buildAvailability, defaultAvailability } from '../../../src/shared/core/availability'
import { MARKETS } from '../../../src/shared/schema/market'

describe('availability data', () => {
  const table = defaultAvailability()
  const catalog = defaultCatalog()
  const ids = [...catalog.accelerators.keys(), ...catalog.servers.keys()]

  it('covers every catalog accelerator and server in every market, each with a date and a source', () => {
    const missing = ids.filter((id) => MARKETS.some((m) => table.get(id)?.[m] === undefined))
    expect(missing).toEqual([])
    for (const id of ids)
      for (const market of MARKETS) {
        const fact = table.get(id)![market]!
        expect(fact.date, `${id} ${market}`).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/)
        expect(fact.source.length, `${id} ${market}`).toBeGreaterThan(20)
      }
  })

  it('names no id the catalog does not have', () => {
    expect([...table.keys()].filter((id) => !ids.includes(id))).toEqual([])
  })

  it('an id without research is "unknown", never silently available', () => {
    expect(availabilityOf('no-such-card', 'mainland-china')).toMatchObject({ status: 'unknown' })
  })

  it('refuses a malformed file with the field that is wrong', () => {
    const bad = {
      source: 'x',
      markets: ['mainland-china'],
      entries: { a: { 'mainland-china': { status: 'sold-out', date: '2025', source: 's' } } }
    }
    expect(() => buildAvailability(bad)).toThrow(/status/)
  })
})
