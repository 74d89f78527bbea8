import { describe, expect, it, vi } from 'vitest'
import type { BrowserWindow } from 'electron'
import { CloseGuard } from '../../../src/main/desktop/close-guard'
import { FakeBrowserWindow } from '../shell/electron-mock'

type Answer = 'save' | 'discard' | 'cancel'

/** A window with a guard whose dialog answers from `answers`, in order. */
function setup(answers: Answer[], quitting = false) {
  const window = new FakeBrowserWindow({})
  const calls: string[] = []
  const options = {
    askUnsaved: vi.fn(async (_window: BrowserWindow, name: string) => {
      calls.push(`ask ${name}`)
      return answers.shift() ?? 'cancel'
    }),
    requestSave: vi.fn(() => calls.push('requestSave')),
    discardAutosave: vi.fn(async () => {
      calls.push('discardAutosave')
    }),
    isQuitting: () => quitting,
    cancelQuit: vi.fn(() => calls.push('cancelQuit')),
    finishQuit: vi.fn(() => calls.push('finishQuit'))
  }
  const guard = new CloseGuard(window as unknown as BrowserWindow, options)
  return { window, guard, options, calls }
}

const dirty = { dirty: true, displayName: 'Cluster A', filePath: '/p/a.cplan' }
const clean = { dirty: false, displayName: 'Cluster A', filePath: '/p/a.cplan' }

describe('CloseGuard', () => {
  it('closes a clean window without asking', () => {
    const { window, options, guard } = setup([])
    expect(guard.documentState).toEqual({ dirty: false, displayName: '', filePath: null })
    window.close()
    expect(window.closed).toBe(true)
    expect(options.askUnsaved).not.toHaveBeenCalled()
  })

  it('Cancel keeps the window and abandons a quit in progress', async () => {
    const { window, guard, calls } = setup(['cancel'])
    guard.report(dirty)
    window.close()
    await vi.waitFor(() => expect(calls).toEqual(['ask Cluster A', 'cancelQuit']))
    expect(window.closed).toBe(false)
  })

  it("Don't Save discards the autosave first, then closes", async () => {
    const { window, guard, calls } = setup(['discard'])
    guard.report(dirty)
    window.close()
    await vi.waitFor(() => expect(window.closed).toBe(true))
    expect(calls).toEqual(['ask Cluster A', 'discardAutosave'])
  })

  it("Don't Save while quitting finishes the quit instead of closing the window itself", async () => {
    const { window, guard, calls } = setup(['discard'], true)
    guard.report(dirty)
    window.close()
    await vi.waitFor(() => expect(calls).toContain('finishQuit'))
    expect(window.closed).toBe(false)
  })

  it('Save closes once the renderer reports the saved, clean plan', async () => {
    const { window, guard, calls } = setup(['save'])
    guard.report(dirty)
    window.close()
    await vi.waitFor(() => expect(calls).toEqual(['ask Cluster A', 'requestSave']))
    expect(window.closed).toBe(false)
    guard.report({ ...clean, afterSave: true })
    expect(window.closed).toBe(true)
  })

  it('Save that stays dirty (dialog cancelled, write failed) abandons the close, and the next close asks again', async () => {
    const { window, guard, calls, options } = setup(['save', 'cancel'])
    guard.report(dirty)
    window.close()
    await vi.waitFor(() => expect(options.requestSave).toHaveBeenCalledTimes(1))
    guard.report({ ...dirty, afterSave: true })
    expect(window.closed).toBe(false)
    expect(calls).toEqual(['ask Cluster A', 'requestSave', 'cancelQuit'])
    window.close()
    await vi.waitFor(() => expect(options.askUnsaved).toHaveBeenCalledTimes(2))
  })

  it('asks once however often close is pressed while the dialog is open', async () => {
    let answer: (value: Answer) => void = () => undefined
    const { window, guard, options } = setup([])
    options.askUnsaved.mockImplementationOnce(
      () => new Promise<Answer>((resolve) => (answer = resolve))
    )
    guard.report(dirty)
    window.close()
    window.close()
    window.close()
    expect(options.askUnsaved).toHaveBeenCalledTimes(1)
    answer('discard')
    await vi.waitFor(() => expect(window.closed).toBe(true))
  })

  it('ignores a save report nobody waited for', () => {
    const { window, guard, options } = setup([])
    guard.report({ ...clean, afterSave: true })
    expect(window.closed).toBe(false)
    expect(options.cancelQuit).not.toHaveBeenCalled()
  })

  it('keeps the latest report as the document state', () => {
    const { guard } = setup([])
    guard.report(dirty)
    guard.report({ ...dirty, displayName: 'Renamed' })
    expect(guard.documentState.displayName).toBe('Renamed')
  })
})
