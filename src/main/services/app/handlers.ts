import { estimatePlan } from '@shared/core'
import { ASSUMPTIONS } from '@shared/core/assumptions'
import { defaultCatalog } from '@shared/core/catalog'
import type { Locale } from '@shared/i18n'
import type { CatalogData } from '@shared/ipc/contracts/app'
import type { Handlers } from '../../ipc/dispatch'
import { readAppVersion } from './version'

type AppHandlers = Pick<Handlers, 'app.info' | 'app.setLocale' | 'calc.estimate' | 'catalog.get'>

let catalogData: CatalogData | undefined

/** The core's built-in catalog and assumption registry, as plain arrays (built once). */
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

export function createAppHandlers(options: {
  platform: string
  onLocaleChange?: (locale: Locale) => void
}): AppHandlers {
  const version = readAppVersion()
  return {
    'app.info': (_request, context) => ({
      name: 'Compute Planner',
      version,
      platform: options.platform,
      locale: context.locale,
      transport: context.transport
    }),
    'app.setLocale': (locale) => {
      options.onLocaleChange?.(locale)
      return null
    },
    'calc.estimate': (plan) => estimatePlan(plan),
    'catalog.get': () => catalogForRenderer()
  }
}
