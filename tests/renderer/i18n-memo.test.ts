import { mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { defineComponent, h, nextTick, ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { asMessageFunctions, createAppI18n, memoiseStaticMessages } from '@renderer/i18n'
import { flattenKeys, LOCALES, messages, translate, type MessageTree } from '@shared/i18n'

describe('memoised labels', () => {
  it('translates a label once per locale; parameters always go through', () => {
    const locale = ref('en')
    const t = vi.fn((key: string, params?: Record<string, unknown>) =>
      params ? `${locale.value}:${key}:${JSON.stringify(params)}` : `${locale.value}:${key}`
    )
    const te = vi.fn((key: string) => key.startsWith('known'))
    const composer = { locale, t: t as never, te: te as never }
    memoiseStaticMessages(composer)
    const translate = composer.t as unknown as typeof t
    const exists = composer.te as unknown as typeof te

    expect(translate('known.a')).toBe('en:known.a')
    expect(translate('known.a')).toBe('en:known.a')
    expect(t).toHaveBeenCalledTimes(1)
    expect(exists('known.a') && exists('known.a') && !exists('other')).toBe(true)
    expect(te).toHaveBeenCalledTimes(2)

    locale.value = 'zh-CN'
    expect(translate('known.a')).toBe('zh-CN:known.a')
    expect(t).toHaveBeenCalledTimes(2)

    expect(translate('known.b', { count: 1 })).toBe('zh-CN:known.b:{"count":1}')
    expect(translate('known.b', { count: 2 })).toBe('zh-CN:known.b:{"count":2}')
    expect(t).toHaveBeenCalledTimes(4)
  })

  it('a rendered label still follows a language switch', async () => {
    const i18n = createAppI18n('en')
    const Label = defineComponent({
      setup() {
        const { t } = useI18n()
        return () =>
          h('span', [t('app.steps.results'), ' ', t('wizard.results.count', { count: 3 })])
      }
    })
    const wrapper = mount(Label, { global: { plugins: [i18n] } })
    expect(wrapper.text()).toContain('Results')
    i18n.global.locale.value = 'zh-CN'
    await nextTick()
    expect(wrapper.text()).toContain('结果')
    expect(wrapper.text()).not.toContain('Results')
  })
})

describe('messages as {name} functions', () => {
  it('renders every message of both catalogues exactly as main does (translate)', () => {
    for (const locale of LOCALES) {
      // vue-i18n's key-typed `t` is too deep for TypeScript over a whole catalogue: call it plainly.
      const { global } = createAppI18n(locale) as unknown as {
        global: { t: (key: string, params: Record<string, string>) => string }
      }
      const t = global.t
      for (const key of flattenKeys(messages[locale] as unknown as MessageTree)) {
        const text = translate(locale, key)
        const params = Object.fromEntries(
          [...text.matchAll(/\{(\w+)\}/g)].map(([, name], index) => [name, `«${index}»`])
        )
        expect(t(key, params), `${locale} ${key}`).toBe(translate(locale, key, params))
        expect(t(key, params), `${locale} ${key}`).not.toMatch(/\{\w+\}/)
      }
    }
  })

  it('shows vue-i18n syntax characters as written, and a missing value as its placeholder', () => {
    const tree = asMessageFunctions({ a: { b: "a@b.c | {n} {'x'} {missing}" } })
    const message = (tree.a as Record<string, (context: { values: object }) => string>).b
    expect(message({ values: { n: 3 } })).toBe("a@b.c | 3 {'x'} {missing}")
  })
})
