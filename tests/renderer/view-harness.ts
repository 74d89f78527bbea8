/**
 * Mounting a whole view (a wizard step, a page) for the test named after it: at its route,
 * with channels that answer or fail as the test says, heavy children stubbed where a test
 * names them. Each test file calls `afterEach(unmountViews)`.
 *
 * Read stores off the view's own pinia (`usePlanStore(context.pinia)`), not the active one: an
 * earlier test's store may still have a recalculation queued, and a pinia action makes its own
 * pinia the active one again when it runs.
 */
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import type { Component } from 'vue'
import { useUiStore } from '@renderer/stores/ui'
import type { ApiErrorBody, Envelope } from '@shared/ipc/envelope'
import { setup, type Responder } from './harness'

export interface ViewOptions {
  /** Answers for the channels the view calls (the data of an ok envelope). */
  respond?: Responder
  /** Channels that answer with an error envelope instead; read at each call, so a test may
   *  add one after mounting. */
  fail?: Record<string, ApiErrorBody>
  locale?: 'en' | 'zh-CN'
  /** Where the router is before the view mounts, e.g. `/workloads?w=serve-1`. */
  route?: string
  /** Children replaced by a stub: `true` for an empty one, or a component to render instead. */
  stubs?: Record<string, Component | boolean>
  /** Runs after the stores exist and before the view mounts (load a plan, settings…). */
  before?: (context: ReturnType<typeof setup>) => void | Promise<void>
}

const mounted: VueWrapper[] = []

export function unmountViews(): void {
  for (const wrapper of mounted.splice(0)) wrapper.unmount()
}

export async function mountView(view: Component, options: ViewOptions = {}) {
  const locale = options.locale ?? 'en'
  const context = setup(options.respond, locale)
  useUiStore().setLocale(locale) // App keeps the store and vue-i18n on one language
  const answer = context.invoke.getMockImplementation()!
  const fail = options.fail ?? {}
  context.invoke.mockImplementation(
    async (method: string, channel: string, request: unknown): Promise<Envelope<unknown>> =>
      channel in fail ? { ok: false, error: fail[channel] } : answer(method, channel, request)
  )
  await options.before?.(context)
  if (options.route) {
    await context.router.push(options.route)
    await context.router.isReady()
  }
  const wrapper = mount(view, {
    global: { plugins: [context.pinia, context.i18n, context.router], stubs: options.stubs },
    attachTo: document.body
  })
  mounted.push(wrapper)
  await flushPromises()
  return { wrapper, context }
}

/** The requests the view sent on `channel`, in order. */
export function requestsOn(context: ReturnType<typeof setup>, channel: string): unknown[] {
  return context.invoke.mock.calls.filter(([, c]) => c === channel).map(([, , request]) => request)
}
