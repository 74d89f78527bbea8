import { createI18n, type MessageCompiler, type MessageContext } from 'vue-i18n'
import { interpolate, messages, resolveLocale, type Locale } from '@shared/i18n'

export const LOCALE_STORAGE_KEY = 'compute-planner.locale'

/** The saved choice wins; otherwise follow the OS/browser language. */
export function initialLocale(
  storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage,
  navigatorLanguage: string | undefined = globalThis.navigator?.language
): Locale {
  const saved = storage?.getItem(LOCALE_STORAGE_KEY)
  if (saved === 'en' || saved === 'zh-CN') return saved
  return resolveLocale(navigatorLanguage)
}

export function createAppI18n(locale: Locale = initialLocale()) {
  const i18n = createI18n({
    legacy: false,
    locale,
    fallbackLocale: 'en',
    // The catalogues are plain objects shared with main and the CLI.
    // vue-i18n's message types cannot express our readonly nested catalogue; shape is checked in tests.
    messages: messages as never,
    messageCompiler: compilePlaceholders,
    missingWarn: false,
    fallbackWarn: false
  })
  memoiseStaticMessages(i18n.global as unknown as TranslatingComposer)
  return i18n
}

/**
 * Our catalogues use `{name}` placeholders and nothing else of vue-i18n's syntax (no plurals,
 * no linked `@:` messages), and main formats them with the same `interpolate`. So vue-i18n
 * formats them with this compiler instead of its own message parser: nothing to parse per
 * message on the first screen, and a literal `@` or `|` in a message is shown as written.
 */
export const compilePlaceholders: MessageCompiler = (message, { key }) => {
  if (typeof message !== 'string') return () => key
  return (context: MessageContext) => interpolate(message, context.values)
}

/** The parts of vue-i18n's composer that the memo wraps. */
interface TranslatingComposer {
  locale: { value: string }
  t: (...args: never[]) => string
  te: (...args: never[]) => boolean
}

/**
 * Labels without parameters are the same string every time for a locale, yet vue-i18n
 * builds a message context per call: Results (20 cards of labelled figures) spent a tenth of
 * each re-render there. Those calls are remembered per locale (the catalogues never change at
 * run time); calls with parameters go straight through. Reading `locale.value` keeps the
 * caller's render subscribed to language changes, as vue-i18n's own `t` does.
 */
export function memoiseStaticMessages(composer: TranslatingComposer): void {
  const translate = composer.t as (...args: unknown[]) => string
  const exists = composer.te as (...args: unknown[]) => boolean
  const texts = new Map<string, string>()
  const known = new Map<string, boolean>()
  composer.t = ((...args: unknown[]) => {
    const [key] = args
    if (args.length !== 1 || typeof key !== 'string') return translate(...args)
    const id = `${composer.locale.value}\u0000${key}`
    let text = texts.get(id)
    if (text === undefined) {
      text = translate(key)
      texts.set(id, text)
    }
    return text
  }) as TranslatingComposer['t']
  composer.te = ((...args: unknown[]) => {
    const [key] = args
    if (args.length !== 1 || typeof key !== 'string') return exists(...args)
    const id = `${composer.locale.value}\u0000${key}`
    let found = known.get(id)
    if (found === undefined) {
      found = exists(key)
      known.set(id, found)
    }
    return found
  }) as TranslatingComposer['te']
}
