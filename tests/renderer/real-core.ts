/** The real core and catalog as main would answer them (built here: tests cannot import main). */
import { estimatePlan } from '@shared/core'
import { catalogForRenderer } from '@shared/core/catalog-data'
import type { Responder } from './harness'

/** Answers `calc.estimate` with the real core and `catalog.get` with the real catalog. */
export const realCore: Responder = (channel, request) => {
  if (channel === 'calc.estimate') return estimatePlan(request)
  if (channel === 'catalog.get') return catalogForRenderer()
  return null
}
