/** Mounting helpers for component tests: pinia, i18n, router and a fake API. */
import { mount, flushPromises } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { vi } from 'vitest'
import { defineComponent, h, type Component } from 'vue'
import { NForm } from 'naive-ui'
import { createApi, installApi } from '@renderer/api'
import { createAppI18n } from '@renderer/i18n'
import { createAppRouter } from '@renderer/router'
import type { Envelope } from '@shared/ipc/envelope'

export type Responder = (channel: string, request: unknown) => unknown

export function setup(respond: Responder = () => null, locale: 'en' | 'zh-CN' = 'en') {
  const pinia = createPinia()
  setActivePinia(pinia)
  const invoke = vi.fn(
    async (_method: string, channel: string, request: unknown): Promise<Envelope<unknown>> => ({
      ok: true,
      data: respond(channel, request)
    })
  )
  installApi(createApi(invoke))
  const router = createAppRouter()
  const i18n = createAppI18n(locale)
  return { pinia, router, i18n, invoke }
}

/** Mounts `component` inside an NForm (as the steps do). */
export async function mountIn(
  component: Component,
  props: Record<string, unknown>,
  context: ReturnType<typeof setup>
) {
  const Wrapper = defineComponent({
    setup: () => () => h(NForm, { labelPlacement: 'top' }, () => h(component, props))
  })
  const wrapper = mount(Wrapper, {
    global: { plugins: [context.pinia, context.i18n, context.router] },
    attachTo: document.body
  })
  await flushPromises()
  return wrapper
}
