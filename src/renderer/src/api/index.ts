/**
 * The renderer's only door to the main process. Views call `api.<method>(request)` and get
 * typed data or an ApiError; they never know whether Electron IPC or the web host is underneath.
 */
import { CHANNELS, type ChannelMethod } from '@shared/ipc/channels'
import type { RequestOf, ResponseOf } from '@shared/ipc/contract'
import type { Envelope } from '@shared/ipc/envelope'
import type { MenuCommand } from '@shared/ipc/events'
import { ApiError } from './errors'
import { createWebInvoke, takeTokenFromLocation } from './web-transport'
import { watchSettingsOverWeb, type SettingsChangeListener } from './settings-feed'

export { ApiError } from './errors'

type Invoke = (
  method: ChannelMethod,
  channel: string,
  request: unknown
) => Promise<Envelope<unknown>>

export type Api = {
  [M in ChannelMethod]: (
    ...args: RequestOf<(typeof CHANNELS)[M]> extends undefined
      ? []
      : [request: RequestOf<(typeof CHANNELS)[M]>]
  ) => Promise<ResponseOf<(typeof CHANNELS)[M]>>
}

export type Transport = 'electron' | 'web'

export function detectTransport(): Transport {
  return typeof window !== 'undefined' && window.computePlanner ? 'electron' : 'web'
}

function resolveInvoke(): Invoke {
  const bridge = typeof window !== 'undefined' ? window.computePlanner : undefined
  if (bridge) {
    return (method, _channel, request) =>
      (bridge[method] as (r: unknown) => Promise<Envelope<unknown>>)(request)
  }
  const web = createWebInvoke(takeTokenFromLocation(window.location, window.sessionStorage))
  return (_method, channel, request) => web(channel, request)
}

export function createApi(invoke: Invoke): Api {
  const api = {} as Record<ChannelMethod, (request?: unknown) => Promise<unknown>>
  for (const method of Object.keys(CHANNELS) as ChannelMethod[]) {
    api[method] = async (request?: unknown) => {
      let envelope: Envelope<unknown>
      try {
        envelope = await invoke(method, CHANNELS[method], request)
      } catch (error) {
        throw new ApiError({
          code: 'NETWORK',
          message: error instanceof Error ? error.message : String(error)
        })
      }
      if (!envelope.ok) throw new ApiError(envelope.error)
      return envelope.data
    }
  }
  return api as unknown as Api
}

let instance: Api | null = null

/** The app-wide API, created on first use (so tests can install a fake first). */
export function useApi(): Api {
  instance ??= createApi(resolveInvoke())
  return instance
}

export function installApi(api: Api): void {
  instance = api
}

/** Native-menu commands (desktop only; the browser host has its own toolbar). */
export function onMenuCommand(listener: (command: MenuCommand) => void): () => void {
  return window.computePlanner?.onMenuCommand(listener) ?? (() => {})
}

/**
 * Settings changed in main (by this window, another window or tab): the desktop pushes them,
 * the web host answers a long poll. `after` is the revision this window already has.
 */
export function onSettingsChanged(after: number, listener: SettingsChangeListener): () => void {
  const bridge = typeof window !== 'undefined' ? window.computePlanner : undefined
  if (bridge) return bridge.onSettingsChanged(listener)
  return watchSettingsOverWeb(useApi(), after, listener)
}
