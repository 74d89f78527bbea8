/**
 * Issue 19: the unsaved-changes question must default to the safe choice. On the desktop,
 * Enter answers `defaultId` and Escape/close answers `cancelId`: both must be Save or Cancel,
 * never Don't Save. Electron's dialog is a fake that records what it was asked.
 */
import { describe, expect, it, vi } from 'vitest'
import type { BrowserWindow, MessageBoxOptions } from 'electron'
import { askUnsaved, type DialogApi } from '../../../src/main/desktop/dialogs'
import { translate } from '../../../src/shared/i18n'

function fakeDialog(response: number) {
  const asked: MessageBoxOptions[] = []
  const dialog = {
    showOpenDialog: vi.fn(),
    showSaveDialog: vi.fn(),
    showMessageBox: vi.fn(async (_window: BrowserWindow, options: MessageBoxOptions) => {
      asked.push(options)
      return { response, checkboxChecked: false }
    })
  } as unknown as DialogApi
  return { dialog, asked }
}

const window = {} as BrowserWindow

describe('desktop unsaved-changes dialog', () => {
  for (const locale of ['en', 'zh-CN'] as const) {
    it(`Enter saves and Escape cancels; Don't Save is neither (${locale})`, async () => {
      const { dialog, asked } = fakeDialog(0)
      await askUnsaved(dialog, window, locale, 'Plan')
      const { buttons = [], defaultId, cancelId } = asked[0]
      const dontSave = buttons.indexOf(translate(locale, 'document.dialogs.dontSave'))
      expect(dontSave).toBeGreaterThanOrEqual(0)
      expect(buttons[defaultId!]).toBe(translate(locale, 'document.dialogs.save'))
      expect(buttons[cancelId!]).toBe(translate(locale, 'document.dialogs.cancel'))
      expect([defaultId, cancelId]).not.toContain(dontSave)
    })
  }

  it('maps each button to its answer', async () => {
    const answers = []
    for (const response of [0, 1, 2]) {
      const { dialog } = fakeDialog(response)
      answers.push(await askUnsaved(dialog, window, 'en', 'Plan'))
    }
    expect(answers).toEqual(['save', 'discard', 'cancel'])
  })
})
