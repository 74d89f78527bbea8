/** lib/discrete.ts: toasts and dialogs in a small app of their own, following theme and language. */
import { flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { darkTheme, enUS, lightTheme, NEmpty, zhCN } from 'naive-ui'
import { h, nextTick, ref } from 'vue'
import { createDiscrete, type Discrete } from '@renderer/lib/discrete'

let discrete: Discrete | undefined
afterEach(() => {
  discrete?.unmount()
  discrete = undefined
})

const settle = async () => {
  await nextTick()
  await flushPromises()
}

/** The dialog's background colour variable, as naive-ui drew it. */
const dialogColour = () =>
  (document.querySelector('.n-dialog') as HTMLElement).style.getPropertyValue('--n-color')

describe('createDiscrete', () => {
  it('shows a toast in the page, and its app goes on unmount', async () => {
    discrete = createDiscrete(() => ({ dark: false, locale: 'en' }))
    discrete.message.info('Plan saved')
    await settle()
    expect(document.body.textContent).toContain('Plan saved')
    discrete.unmount()
    discrete = undefined
    await settle()
    expect(document.body.textContent).not.toContain('Plan saved')
  })

  it("dialogs speak the app's language, and switch when it changes", async () => {
    const locale = ref<'en' | 'zh-CN'>('zh-CN')
    discrete = createDiscrete(() => ({ dark: false, locale: locale.value }))
    // NEmpty's words come from the locale of the provider around it.
    discrete.dialog.info({ title: 'Import', content: () => h(NEmpty) })
    await settle()
    const text = () => document.querySelector('.n-dialog')?.textContent ?? ''
    expect(text()).toContain(zhCN.Empty.description)
    locale.value = 'en'
    await settle()
    expect(text()).toContain(enUS.Empty.description)
    expect(text()).not.toContain(zhCN.Empty.description)
  })

  it('follows the theme as it changes', async () => {
    const dark = ref(false)
    discrete = createDiscrete(() => ({ dark: dark.value, locale: 'en' }))
    discrete.dialog.warning({ title: 'Unsaved', content: 'Keep the changes?' })
    await settle()
    expect(dialogColour()).toBe(lightTheme.common.modalColor)
    dark.value = true
    await settle()
    expect(dialogColour()).toBe(darkTheme.common.modalColor)
    expect(darkTheme.common.modalColor).not.toBe(lightTheme.common.modalColor)
  })
})
