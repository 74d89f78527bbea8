import { estimatePlan } from '@shared/core'
import { catalogForRenderer } from '@shared/core/catalog-data'
import type { Locale } from '@shared/i18n'
import type { Handlers } from '../../ipc/dispatch'
import { readAppVersion } from './version'

type AppHandlers = Pick<Handlers, 'app.info' | 'app.setLocale' | 'calc.estimate' | 'catalog.get'>

export function createAppHandlers(options: {
  platform: string
  onLocaleChange?: (locale: Locale) => void | Promise<void>
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
    'app.setLocale': async (locale) => {
      await options.onLocaleChange?.(locale)
      return null
    },
    'calc.estimate': (plan) => estimatePlan(plan),
    'catalog.get': () => catalogForRenderer()
  }
}
