/**
 * `catalog.get`'s answer: the built-in catalog and assumption registry as plain arrays,
 * built once. Shared so main serves it and renderer tests answer with exactly the same data.
 */
import type { CatalogData } from '../ipc/contracts/app'
import { ASSUMPTIONS } from './assumptions'
import { defaultCatalog } from './catalog'

let catalogData: CatalogData | undefined

export function catalogForRenderer(): CatalogData {
  if (catalogData) return catalogData
  const catalog = defaultCatalog()
  catalogData = {
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
  return catalogData
}
