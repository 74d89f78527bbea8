/**
 * Issue 19: in the browser's unsaved-changes dialog the focused (Enter) button was
 * "Don't Save". The safe choice must be the default; discarding needs a deliberate act.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { createDiscreteApi } from 'naive-ui'
import { translate } from '@shared/i18n'
import { unsavedDialogOptions, type UnsavedAnswer } from '@renderer/lib/unsaved-dialog'

const t = (key: string, params?: Record<string, string | number>) => translate('en', key, params)

let unmount: (() => void) | null = null
afterEach(() => {
  unmount?.()
  unmount = null
})

async function showDialog(locale: 'en' | 'zh-CN' = 'en') {
  const tr = (key: string, params?: Record<string, string | number>) =>
    translate(locale, key, params)
  const discrete = createDiscreteApi(['dialog'])
  unmount = discrete.unmount
  const answers: UnsavedAnswer[] = []
  const shown = discrete.dialog.warning(
    unsavedDialogOptions(
      tr,
      'Plan A',
      (answer) => answers.push(answer),
      () => shown.destroy()
    )
  )
  await vi.waitFor(() =>
    expect(document.querySelector('[data-testid="unsaved-save"]')).not.toBeNull()
  )
  await flushPromises()
  const button = (id: string) => document.querySelector<HTMLButtonElement>(`[data-testid="${id}"]`)!
  return { answers, button }
}

describe('unsaved-changes dialog (browser)', () => {
  it('focuses Save, so Enter saves; Don’t Save is not the first or primary button', async () => {
    const { button } = await showDialog()
    await vi.waitFor(() => expect(document.activeElement).toBe(button('unsaved-save')))
    expect(button('unsaved-save').textContent).toContain(t('document.dialogs.save'))
    const buttons = [...document.querySelectorAll('[data-testid^="unsaved-"]')].map((b) =>
      b.getAttribute('data-testid')
    )
    expect(buttons).toEqual(['unsaved-save', 'unsaved-discard', 'unsaved-cancel'])
    expect(button('unsaved-discard').className).not.toContain('type-primary')
  })

  it('each button answers once; the Chinese labels come from the catalogue', async () => {
    const { answers, button } = await showDialog('zh-CN')
    expect(button('unsaved-discard').textContent).toContain('不保存')
    expect(button('unsaved-save').textContent).toContain('保存')
    button('unsaved-discard').click()
    await flushPromises()
    expect(answers).toEqual(['discard'])
  })
})
