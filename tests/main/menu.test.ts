import { describe, expect, it, vi } from 'vitest'
import type { MenuItemConstructorOptions } from 'electron'
import { buildMenuTemplate, type MenuActions } from '../../src/main/menu'

type Item = MenuItemConstructorOptions

function actions() {
  return {
    send: vi.fn<MenuActions['send']>(),
    openDocs: vi.fn<MenuActions['openDocs']>(),
    openRecent: vi.fn<(path: string) => void>(),
    clearRecent: vi.fn<() => void>()
  }
}

const submenu = (item: Item | undefined): Item[] => (item?.submenu ?? []) as Item[]
const byLabel = (items: Item[], label: string): Item => {
  const found = items.find((item) => item.label === label)
  if (!found) throw new Error(`no menu item ${label}`)
  return found
}
const click = (item: Item) => (item.click as () => void)()

describe('buildMenuTemplate', () => {
  it('has File, Edit, View and Help on Windows and Linux, with Quit under File and About under Help', () => {
    const template = buildMenuTemplate('en', 'win32', actions())
    expect(template.map((item) => item.label)).toEqual(['File', 'Edit', 'View', 'Help'])
    const file = submenu(template[0])
    expect(file.at(-1)).toMatchObject({ role: 'quit', label: 'Quit' })
    expect(submenu(template[3]).map((item) => item.label)).toEqual([
      'Documentation',
      'About Compute Planner'
    ])
  })

  it('puts About and Quit in the app menu on macOS instead', () => {
    const template = buildMenuTemplate('en', 'darwin', actions())
    expect(template.map((item) => item.label)).toEqual([
      'Compute Planner',
      'File',
      'Edit',
      'View',
      'Help'
    ])
    expect(submenu(template[0]).at(-1)).toMatchObject({ role: 'quit' })
    expect(submenu(template[1]).some((item) => item.role === 'quit')).toBe(false)
    expect(submenu(template[4]).map((item) => item.label)).toEqual(['Documentation'])
  })

  it('forwards document commands to the renderer with their shortcuts', () => {
    const acts = actions()
    const file = submenu(buildMenuTemplate('en', 'linux', acts)[0])
    const expected: [string, string, string][] = [
      ['New Plan', 'CmdOrCtrl+N', 'new'],
      ['Open…', 'CmdOrCtrl+O', 'open'],
      ['Save', 'CmdOrCtrl+S', 'save'],
      ['Save As…', 'CmdOrCtrl+Shift+S', 'saveAs'],
      ['Export Quote…', 'CmdOrCtrl+E', 'exportQuote'],
      ['Import Inventory…', 'CmdOrCtrl+I', 'importInventory']
    ]
    for (const [label, accelerator, command] of expected) {
      const item = byLabel(file, label)
      expect(item.accelerator).toBe(accelerator)
      click(item)
      expect(acts.send).toHaveBeenLastCalledWith(command)
    }
    expect(acts.send).toHaveBeenCalledTimes(6)
  })

  it('sends undo/redo, language and theme choices as commands', () => {
    const acts = actions()
    const template = buildMenuTemplate('en', 'linux', acts)
    click(byLabel(submenu(template[1]), 'Redo'))
    expect(acts.send).toHaveBeenLastCalledWith('redo')
    const view = submenu(template[2])
    click(byLabel(submenu(byLabel(view, 'Language')), '简体中文'))
    expect(acts.send).toHaveBeenLastCalledWith('language:zh-CN')
    click(byLabel(submenu(byLabel(view, 'Theme')), 'Dark'))
    expect(acts.send).toHaveBeenLastCalledWith('theme:dark')
    click(byLabel(submenu(template[3]), 'Documentation'))
    expect(acts.openDocs).toHaveBeenCalledTimes(1)
  })

  it('lists recent files by name with the full path as tooltip, then Clear Recent', () => {
    const acts = actions()
    const recent = [
      { path: '/home/u/plans/a.cplan', openedAt: '2026-01-01T00:00:00Z' },
      { path: '/home/u/b.cplan', openedAt: '2026-01-02T00:00:00Z' }
    ] as never
    const file = submenu(buildMenuTemplate('en', 'linux', acts, recent)[0])
    const entries = submenu(byLabel(file, 'Open Recent'))
    expect(entries.map((item) => item.label ?? item.type)).toEqual([
      'a.cplan',
      'b.cplan',
      'separator',
      'Clear Recent'
    ])
    expect(entries[0].toolTip).toBe('/home/u/plans/a.cplan')
    click(entries[1])
    expect(acts.openRecent).toHaveBeenCalledWith('/home/u/b.cplan')
    expect(entries[3].enabled).toBe(true)
    click(entries[3])
    expect(acts.clearRecent).toHaveBeenCalledTimes(1)
  })

  it('offers only a disabled Clear Recent when there are no recent files', () => {
    const file = submenu(buildMenuTemplate('en', 'linux', actions())[0])
    expect(submenu(byLabel(file, 'Open Recent'))).toEqual([
      expect.objectContaining({ label: 'Clear Recent', enabled: false })
    ])
  })

  it('labels everything in Chinese for zh-CN', () => {
    const template = buildMenuTemplate('zh-CN', 'linux', actions())
    expect(template[0].label).toBe('文件')
    expect(submenu(template[0])[0].label).toBe('新建方案')
  })
})
