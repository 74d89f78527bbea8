import { createI18n, type I18nOptions, type MessageContext } from 'vue-i18n'
import {
  interpolate,
  localizeParams,
  messages,
  resolveLocale,
  type Locale,
  type MessageTree
} from '@shared/i18n'

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
  // Options typed as vue-i18n's own (not inferred from `never` messages): its composer types
  // stay shallow enough for the compiler to check the memo below.
  const i18n = createI18n<false, I18nOptions>({
    legacy: false,
    locale,
    fallbackLocale: 'en',
    // The catalogues are plain objects shared with main and the CLI, handed over as message
    // functions. vue-i18n's message types cannot express them; the shape is checked in tests.
    messages: {
      en: asMessageFunctions(messages.en, 'en'),
      'zh-CN': asMessageFunctions(messages['zh-CN'], 'zh-CN')
    } as never,
    missingWarn: false,
    fallbackWarn: false
  })
  memoiseStaticMessages(i18n.global)
  return i18n
}

/** A catalogue with each message turned into the function vue-i18n evaluates. */
export type MessageFunctionTree = {
  [key: string]: ((context: MessageContext) => string) | MessageFunctionTree
}

/**
 * Our catalogues use `{name}` placeholders and nothing else of vue-i18n's syntax (no plurals,
 * no linked `@:` messages), and main formats them with `interpolate`. Handing vue-i18n each
 * message as a function of that same rule (its documented "message functions") means its
 * message parser never runs: nothing to parse per message on the first screen, the renderer
 * and main cannot format a message differently, and a literal `@` or `|` is shown as written.
 */
export function asMessageFunctions(
  tree: MessageTree,
  locale: Locale = 'en',
  root: MessageTree = tree
): MessageFunctionTree {
  const out: MessageFunctionTree = {}
  for (const [key, value] of Object.entries(tree)) {
    // One function per message: vue-i18n stamps its key and locale on the function object.
    // Field ids and durations in the parameters read in the locale, as in main's `translate`.
    out[key] =
      typeof value === 'string'
        ? (context: MessageContext) =>
            interpolate(
              value,
              localizeParams(locale, root, context.values as Record<string, unknown>)
            )
        : asMessageFunctions(value, locale, root)
  }
  return out
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
