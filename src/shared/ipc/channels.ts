/**
 * The one list of IPC channels. Dependency-free on purpose: the sandboxed preload
 * bundles this file, and both transports (Electron IPC, local web host) route by it.
 * Keys are the names of the functions the renderer's typed `api` object exposes; values
 * are channel names. Each product area lists its channels in ./channels/<area>.ts.
 */
import { DOCUMENT_CHANNELS } from './channels/document'
import { INVENTORY_CHANNELS } from './channels/inventory'
import { QUOTE_CHANNELS } from './channels/quote'
import { REPORT_CHANNELS } from './channels/report'
import { CALIBRATION_CHANNELS } from './channels/calibration'

export const CHANNELS = {
  appInfo: 'app.info',
  setLocale: 'app.setLocale',
  estimate: 'calc.estimate',
  catalog: 'catalog.get',
  ...INVENTORY_CHANNELS,
  ...QUOTE_CHANNELS,
  ...DOCUMENT_CHANNELS,
  ...REPORT_CHANNELS,
  ...CALIBRATION_CHANNELS
} as const

export type ChannelMethod = keyof typeof CHANNELS
export type ChannelName = (typeof CHANNELS)[ChannelMethod]

export const CHANNEL_NAMES: readonly ChannelName[] = Object.values(CHANNELS)

export function isChannelName(value: unknown): value is ChannelName {
  return typeof value === 'string' && (CHANNEL_NAMES as readonly string[]).includes(value)
}

/** Largest request either transport accepts, in bytes of JSON. */
export const MAX_REQUEST_BYTES = 64 * 1024 * 1024
