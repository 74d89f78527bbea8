/**
 * The one place a request becomes a service call, shared by both transports (the Electron
 * IPC gate and the local web host): channel check, zod parse, call, envelope. Transports
 * only decide who may call; they hold no handler logic.
 */
import { isChannelName, type ChannelName } from '@shared/ipc/channels'
import { contract, type ParsedRequestOf, type ResponseOf } from '@shared/ipc/contract'
import { fail, ok, ServiceError, type Envelope } from '@shared/ipc/envelope'
import { issuesFromZod } from '@shared/schema/issues'
import type { Locale } from '@shared/i18n'

export interface RequestContext {
  transport: 'electron' | 'web'
  locale: Locale
}

export type Handler<C extends ChannelName> = (
  request: ParsedRequestOf<C>,
  context: RequestContext
) => ResponseOf<C> | Promise<ResponseOf<C>>

export type Handlers = { [C in ChannelName]: Handler<C> }

export interface DispatchLogger {
  error(message: string, error: unknown): void
}

export async function dispatch(
  handlers: Handlers,
  channel: unknown,
  payload: unknown,
  context: RequestContext,
  logger: DispatchLogger = console
): Promise<Envelope<unknown>> {
  if (!isChannelName(channel)) {
    return fail('UNKNOWN_CHANNEL', `Unknown channel: ${String(channel).slice(0, 80)}`)
  }
  const parsed = contract[channel].request.safeParse(payload)
  if (!parsed.success) {
    return fail('BAD_REQUEST', `Invalid request for ${channel}`, issuesFromZod(parsed.error))
  }
  try {
    const handler = handlers[channel] as Handler<ChannelName>
    return ok(await handler(parsed.data as ParsedRequestOf<ChannelName>, context))
  } catch (error) {
    if (error instanceof ServiceError) return fail(error.code, error.message, error.issues)
    logger.error(`Channel ${channel} failed`, error)
    return fail('INTERNAL', 'An internal error occurred.')
  }
}
