import { describe, expect, it, vi } from 'vitest'
import { CHANNELS } from '@shared/ipc/channels'
import { MENU_COMMAND_EVENT } from '@shared/ipc/events'
import { createElectronMock } from './electron-mock'

const electron = createElectronMock()
vi.mock('electron', () => electron.module)

describe('preload bridge', () => {
  it('exposes one named function per channel plus the menu subscription, never ipcRenderer', async () => {
    await import('../../../src/preload/index')
    const [[name, bridge]] = electron.module.contextBridge.exposeInMainWorld.mock.calls as [
      [string, Record<string, unknown>]
    ]
    expect(name).toBe('computePlanner')
    expect(Object.keys(bridge).sort()).toEqual(
      [...Object.keys(CHANNELS), 'onMenuCommand', 'onSettingsChanged', 'dropFiles'].sort()
    )
    expect(Object.values(bridge).every((value) => typeof value === 'function')).toBe(true)
    expect(Object.isFrozen(bridge)).toBe(true)
    expect(Object.values(bridge)).not.toContain(electron.module.ipcRenderer)
    expect(bridge).not.toHaveProperty('invoke')
  })

  it('binds each function to its fixed channel', async () => {
    const { buildBridge } = await import('../../../src/preload/index')
    const bridge = buildBridge()
    await bridge.estimate({ any: 'plan' })
    expect(electron.module.ipcRenderer.invoke).toHaveBeenLastCalledWith('calc.estimate', {
      any: 'plan'
    })
    await bridge.appInfo()
    expect(electron.module.ipcRenderer.invoke).toHaveBeenLastCalledWith('app.info', undefined)
  })

  it('passes on only known menu commands', async () => {
    const { buildBridge } = await import('../../../src/preload/index')
    const received: string[] = []
    buildBridge().onMenuCommand((command) => received.push(command))
    const [, listener] = electron.module.ipcRenderer.on.mock.calls.at(-1) as [
      string,
      (...a: unknown[]) => void
    ]
    expect(electron.module.ipcRenderer.on.mock.calls.at(-1)?.[0]).toBe(MENU_COMMAND_EVENT)
    listener({}, 'save')
    listener({}, 'rm -rf')
    expect(received).toEqual(['save'])
  })
})
