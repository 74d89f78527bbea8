/**
 * The IPC gate (after electron/fiddle): every channel is registered here and only here.
 * A call is served only when it comes from the main frame of one of our windows showing
 * our own bundle; the request is then handed to the transport-neutral dispatcher.
 */
import type { IpcMain, IpcMainInvokeEvent, WebFrameMain } from 'electron'
import { CHANNEL_NAMES, MAX_REQUEST_BYTES } from '@shared/ipc/channels'
import { fail, type Envelope } from '@shared/ipc/envelope'
import type { Locale } from '@shared/i18n'
import { dispatch, type Handlers } from './dispatch'

export interface GateOptions {
  isTrustedUrl: (url: string) => boolean
  locale: () => Locale
}

export function isTrustedSender(
  event: Pick<IpcMainInvokeEvent, 'senderFrame' | 'sender'>,
  isTrustedUrl: (url: string) => boolean
): boolean {
  const frame: WebFrameMain | null = event.senderFrame
  if (!frame) return false
  // Sub-frames never get the API, even from our own origin.
  if (frame.parent !== null) return false
  if (event.sender && frame !== event.sender.mainFrame) return false
  return isTrustedUrl(frame.url)
}

/** Rough size of a structured-clone payload; large inputs are refused before parsing. */
export function payloadSize(payload: unknown): number {
  if (payload === undefined) return 0
  try {
    return JSON.stringify(payload)?.length ?? 0
  } catch {
    return Number.POSITIVE_INFINITY
  }
}

export async function handleInvoke(
  handlers: Handlers,
  options: GateOptions,
  channel: string,
  event: Pick<IpcMainInvokeEvent, 'senderFrame' | 'sender'>,
  payload: unknown
): Promise<Envelope<unknown>> {
  if (!isTrustedSender(event, options.isTrustedUrl)) {
    return fail('FORBIDDEN_SENDER', 'Request refused: it did not come from the app window.')
  }
  if (payloadSize(payload) > MAX_REQUEST_BYTES) {
    return fail('PAYLOAD_TOO_LARGE', `Request exceeds ${MAX_REQUEST_BYTES} bytes.`)
  }
  return dispatch(handlers, channel, payload, { transport: 'electron', locale: options.locale() })
}

export function registerIpcGate(ipcMain: IpcMain, handlers: Handlers, options: GateOptions): void {
  for (const channel of CHANNEL_NAMES) {
    ipcMain.handle(channel, (event, payload: unknown) =>
      handleInvoke(handlers, options, channel, event, payload)
    )
  }
}

/** A window as the push needs it: its web contents and the main frame they show. */
export interface PushTarget {
  webContents: {
    mainFrame: { url: string } | null
    send(channel: string, payload: unknown): void
  }
}

/**
 * Main → renderer pushes go only to windows whose main frame shows our own bundle, by the
 * same rule the gate applies to callers: a window that navigated elsewhere hears nothing.
 * Answers how many windows were told.
 */
export function pushToTrustedWindows(
  windows: readonly PushTarget[],
  isTrustedUrl: (url: string) => boolean,
  event: string,
  payload: unknown
): number {
  let told = 0
  for (const window of windows) {
    const url = window.webContents.mainFrame?.url
    if (url === undefined || !isTrustedUrl(url)) continue
    window.webContents.send(event, payload)
    told++
  }
  return told
}
