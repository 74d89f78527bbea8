/** File ▸ Settings… opens the settings screen (issue 19), labelled in the menu's language. */
import { describe, expect, it } from 'vitest'
import type { MenuItemConstructorOptions } from 'electron'
import { buildMenuTemplate } from '../../../src/main/menu'
import type { MenuCommand } from '@shared/ipc/events'

function fileMenu(locale: 'en' | 'zh-CN', sent: MenuCommand[]): MenuItemConstructorOptions[] {
  const template = buildMenuTemplate(locale, 'linux', {
    send: (command) => sent.push(command),
    openDocs: () => undefined
  })
  return template[0].submenu as MenuItemConstructorOptions[]
}

describe('the Settings menu item', () => {
  it('sends the settings command, in both languages', () => {
    const sent: MenuCommand[] = []
    const en = fileMenu('en', sent).find((item) => item.label === 'Settings…')
    expect(en?.accelerator).toBe('CmdOrCtrl+,')
    const zh = fileMenu('zh-CN', sent).find((item) => item.label === '设置…')
    expect(zh).toBeDefined()
    ;(zh!.click as () => void)()
    expect(sent).toEqual(['settings'])
  })
})
