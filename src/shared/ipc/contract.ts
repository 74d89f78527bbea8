/**
 * The typed IPC contract: for every channel in ./channels.ts, the zod schema of its request
 * and response. Each product area contributes one contract file under ./contracts.
 */
import type { z } from 'zod'
import { CHANNELS, type ChannelMethod, type ChannelName } from './channels'
import { appContract } from './contracts/app'
import { documentContract } from './contracts/document'
import { inventoryContract } from './contracts/inventory'
import { quoteContract } from './contracts/quote'
import { reportContract } from './contracts/report'
import { calibrationContract } from './contracts/calibration'
import type { EstimateResult } from '../core'
import type { Envelope } from './envelope'

export const contract = {
  ...appContract,
  ...inventoryContract,
  ...quoteContract,
  ...documentContract,
  ...reportContract,
  ...calibrationContract
} satisfies Record<ChannelName, { request: z.ZodType; response: z.ZodType }>

type Contract = typeof contract

/** Response types that are richer than their runtime schema (the core's own types). */
interface ResponseOverrides {
  'calc.estimate': EstimateResult
}

/** What a caller sends (before parsing: defaults may be omitted). */
export type RequestOf<C extends ChannelName> = z.input<Contract[C]['request']>
/** What a handler receives (after the dispatcher's zod parse). */
export type ParsedRequestOf<C extends ChannelName> = z.output<Contract[C]['request']>
export type ResponseOf<C extends ChannelName> = C extends keyof ResponseOverrides
  ? ResponseOverrides[C]
  : z.output<Contract[C]['response']>

/** What the preload exposes: one named function per channel, answering with an envelope. */
export type BridgeApi = {
  [M in ChannelMethod]: (
    request: RequestOf<(typeof CHANNELS)[M]>
  ) => Promise<Envelope<ResponseOf<(typeof CHANNELS)[M]>>>
}
