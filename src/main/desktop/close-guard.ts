/**
 * Closing or quitting with unsaved changes asks Save / Don't Save / Cancel. The renderer
 * owns the plan, so main only knows what the renderer last reported (`document.setState`):
 *
 * - Save: main sends the 'save' menu command; the renderer saves (possibly via Save As)
 *   and reports again with `afterSave: true`. Clean → the close goes ahead; still dirty
 *   (the user cancelled the Save dialog, or the save failed) → the close is abandoned.
 * - Don't Save: the autosave copy is discarded (nothing to recover) and the close goes ahead.
 * - Cancel: nothing happens; a quit in progress is abandoned too.
 */
import type { BrowserWindow } from 'electron'
import type { DocumentState } from '@shared/ipc/contracts/document'

export interface CloseGuardOptions {
  askUnsaved(window: BrowserWindow, name: string): Promise<'save' | 'discard' | 'cancel'>
  requestSave(window: BrowserWindow): void
  discardAutosave(): Promise<void>
  /** Whether the app is quitting (then closing the window must also finish the quit on macOS). */
  isQuitting(): boolean
  cancelQuit(): void
  finishQuit(): void
}

export class CloseGuard {
  private state: DocumentState = { dirty: false, displayName: '', filePath: null }
  private asking = false
  private waitingForSave = false
  private approved = false

  constructor(
    private readonly window: BrowserWindow,
    private readonly options: CloseGuardOptions
  ) {
    window.on('close', (event: Electron.Event) => this.onClose(event))
  }

  get documentState(): DocumentState {
    return this.state
  }

  /** The renderer's report (from `document.setState`). */
  report(state: DocumentState): void {
    this.state = state
    // New unsaved changes after an approved close that did not happen: ask again next time.
    if (state.dirty && !state.afterSave) this.approved = false
    if (state.afterSave && this.waitingForSave) {
      this.waitingForSave = false
      if (!state.dirty) this.proceed()
      else this.options.cancelQuit()
    }
  }

  private onClose(event: Electron.Event): void {
    if (this.approved || !this.state.dirty) return
    event.preventDefault()
    if (this.asking) return
    // Asked again while a requested save never reported back (a hung page): ask afresh.
    this.waitingForSave = false
    this.asking = true
    void this.options
      .askUnsaved(this.window, this.state.displayName)
      .then(async (answer) => {
        if (answer === 'save') {
          this.waitingForSave = true
          this.options.requestSave(this.window)
        } else if (answer === 'discard') {
          await this.options.discardAutosave()
          this.proceed()
        } else {
          this.options.cancelQuit()
        }
      })
      .finally(() => {
        this.asking = false
      })
  }

  private proceed(): void {
    this.approved = true
    if (this.options.isQuitting()) this.options.finishQuit()
    else this.window.close()
  }
}
