/**
 * Settings changes from main, whatever the transport: the desktop's `settings.changed` push,
 * or on the web host the `settings.watch` long poll (one request waiting at a time; the host
 * answers when the settings change, or after a while with the current ones).
 */
import type { SettingsChangePayload } from '@shared/ipc/contracts/document'

export type SettingsChangeListener = (change: SettingsChangePayload) => void

export interface SettingsWatchApi {
  watchSettings(request: { after: number }): Promise<SettingsChangePayload>
}

/** After a failed watch (host restarting, network), wait this long before asking again. */
export const WATCH_RETRY_MS = 2_000

/**
 * Asks for changes after `after`, hands each new revision to `listener`, and asks again.
 * A revision lower than the last seen means the host restarted: that one counts as new too.
 * Answers the function that stops the loop.
 */
export function watchSettingsOverWeb(
  api: SettingsWatchApi,
  after: number,
  listener: SettingsChangeListener,
  retryMs = WATCH_RETRY_MS
): () => void {
  let stopped = false
  let revision = after
  let retryTimer: ReturnType<typeof setTimeout> | undefined
  const next = (): void => {
    if (stopped) return
    api.watchSettings({ after: revision }).then(
      (change) => {
        if (stopped) return
        if (change.revision !== revision) {
          revision = change.revision
          listener(change)
        }
        next()
      },
      () => {
        if (!stopped) retryTimer = setTimeout(next, retryMs)
      }
    )
  }
  next()
  return () => {
    stopped = true
    clearTimeout(retryTimer)
  }
}
