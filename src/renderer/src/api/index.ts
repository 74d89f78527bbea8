/**
 * The renderer's only door to the main process. Views call `api.<method>(request)` and get
 * typed data or an ApiError; they never know whether Electron IPC or the web host is underneath.
 */
import { CHANNELS, type ChannelMethod } from '@shared/ipc/channels'
import type { BridgeApi, RequestOf, ResponseOf } from '@shared/ipc/contract'
import type { Envelope } from '@shared/ipc/envelope'
import type { MenuCommand } from '@shared/ipc/events'
import { ApiError } from './errors'
import { createWebInvoke, takeTokenFromLocation } from './web-transport'
import { watchSettingsOverWeb, type SettingsChangeListener } from './settings-feed'

export { ApiError } from './errors'

/** What a method answers: the data of its channel's response. */
type ResponseOfMethod<M extends ChannelMethod> = ResponseOf<(typeof CHANNELS)[M]>
/** A method's arguments: none when its channel takes no request. */
type ArgsOf<M extends ChannelMethod> =
  RequestOf<(typeof CHANNELS)[M]> extends undefined
    ? []
    : [request: RequestOf<(typeof CHANNELS)[M]>]

/**
 * One call over a transport: where data leaves the type system (IPC, JSON), so it answers an
 * envelope of unknown data; `createApi` gives it the contract's type.
 */
type Invoke = (
  method: ChannelMethod,
  channel: string,
  request: unknown
) => Promise<Envelope<unknown>>

export type Api = {
  [M in ChannelMethod]: (...args: ArgsOf<M>) => Promise<ResponseOfMethod<M>>
}

export type Transport = 'electron' | 'web'

export function detectTransport(): Transport {
  return typeof window !== 'undefined' && window.computePlanner ? 'electron' : 'web'
}

function resolveInvoke(): Invoke {
  const bridge = typeof window !== 'undefined' ? window.computePlanner : undefined
  if (bridge) return (method, _channel, request) => invokeBridge(bridge, method, request)
  const web = createWebInvoke(takeTokenFromLocation(window.location, window.sessionStorage))
  return (_method, channel, request) => web(channel, request)
}

/** The preload checks nothing itself: main's dispatcher parses every request with zod. */
function invokeBridge<M extends ChannelMethod>(
  bridge: BridgeApi,
  method: M,
  request: unknown
): Promise<Envelope<unknown>> {
  return bridge[method](request as RequestOf<(typeof CHANNELS)[M]>)
}

/** The method for one channel: unwraps the envelope, or throws ApiError. */
function apiMethod(invoke: Invoke, method: ChannelMethod) {
  return async (request?: unknown): Promise<unknown> => {
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

/**
 * Every channel has its method. The data each answers is the contract's response for its
 * channel: main's dispatcher produces it, and the dispatch tests check each one.
 */
function isApi(methods: Record<string, unknown>): methods is Api {
  return (Object.keys(CHANNELS) as ChannelMethod[]).every(
    (method) => typeof methods[method] === 'function'
  )
}

export function createApi(invoke: Invoke): Api {
  const methods: Record<string, unknown> = Object.fromEntries(
    (Object.keys(CHANNELS) as ChannelMethod[]).map((method) => [method, apiMethod(invoke, method)])
  )
  if (!isApi(methods)) throw new Error('The API is missing a channel method.')
  return methods
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
