import { flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import AboutDialog from '@renderer/components/AboutDialog.vue'
import { mountIn, setup, type Responder } from './harness'

const mounted: { unmount(): void }[] = []
afterEach(() => {
  for (const wrapper of mounted.splice(0)) wrapper.unmount()
})

const info =
  (transport: 'electron' | 'web'): Responder =>
  (channel) =>
    channel === 'app.info'
      ? { name: 'Compute Planner', version: '2.7.1', platform: 'win32', locale: 'en', transport }
      : null

const dialog = () => document.body.querySelector('[data-testid="about-dialog"]')

async function open(respond: Responder, locale: 'en' | 'zh-CN' = 'en') {
  const context = setup(respond, locale)
  const updates: boolean[] = []
  const wrapper = await mountIn(
    AboutDialog,
    { show: true, 'onUpdate:show': (value: boolean) => updates.push(value) },
    context
  )
  mounted.push(wrapper)
  await flushPromises()
  return { updates }
}

describe('AboutDialog', () => {
  it('tells the version, platform and how the app runs (desktop), in English', async () => {
    await open(info('electron'))
    const text = dialog()?.textContent ?? ''
    expect(text).toContain('About Compute Planner')
    expect(document.body.querySelector('[data-testid="about-version"]')?.textContent).toBe(
      'Version 2.7.1'
    )
    expect(text).toContain('Platform: win32')
    expect(text).toContain('Running as: desktop app')
    expect(text).toContain('Works fully offline. No data leaves this computer.')
  })

  it('says "local web host" / "本地网页服务" when served to a browser, in zh-CN', async () => {
    await open(info('web'), 'zh-CN')
    const text = dialog()?.textContent ?? ''
    expect(text).toContain('关于算力规划器')
    expect(text).toContain('版本 2.7.1')
    expect(text).toContain('平台：win32')
    expect(text).toContain('运行方式：本地网页服务')
    expect(text).not.toContain('桌面应用')
    expect(text).toContain('完全离线运行')
  })

  it('still opens, without version lines, when the app info cannot be read', async () => {
    await open(() => {
      throw new Error('main process gone')
    })
    const text = dialog()?.textContent ?? ''
    expect(text).toContain('About Compute Planner')
    expect(text).toContain('Works fully offline.')
    expect(document.body.querySelector('[data-testid="about-version"]')).toBeNull()
    expect(text).not.toContain('Platform:')
  })

  it('asks to close from its Close button', async () => {
    const { updates } = await open(info('web'))
    const close = document.body.querySelector<HTMLElement>('[data-testid="about-close"]')
    expect(close?.textContent?.trim()).toBe('Close')
    close?.click()
    expect(updates).toEqual([false])
  })
})
