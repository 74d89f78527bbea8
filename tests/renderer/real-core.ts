/** The real core and catalog as main would answer them (built here: tests cannot import main). */
import { estimatePlan } from '@shared/core'
import { ASSUMPTIONS } from '@shared/core/assumptions'
import { defaultCatalog } from '@shared/core/catalog'
import type { CatalogData } from '@shared/ipc/contracts/app'
import type { Responder } from './harness'

let data: CatalogData | undefined

/** `catalog.get`'s answer: the built-in catalog and assumption registry as plain arrays. */
export function catalogData(): CatalogData {
  if (data) return data
  const catalog = defaultCatalog()
  data = {
    accelerators: [...catalog.accelerators.values()],
    llms: [...catalog.llms.values()],
    vision: [...catalog.vision.values()],
    videoPresets: [...catalog.videoPresets.values()],
    servers: [...catalog.servers.values()],
    assumptions: ASSUMPTIONS.map((definition) => ({
      ...definition,
      variants: definition.variants.map((variant) => ({ ...variant }))
    })) as CatalogData['assumptions']
  }
  return data
}

/** Answers `calc.estimate` with the real core and `catalog.get` with the real catalog. */
export const realCore: Responder = (channel, request) => {
  if (channel === 'calc.estimate') return estimatePlan(request)
  if (channel === 'catalog.get') return catalogData()
  return null
}
