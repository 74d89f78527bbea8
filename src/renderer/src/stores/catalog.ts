/**
 * The core's built-in catalog (accelerators, servers, models, video presets, assumption
 * defaults with sources), fetched once over `catalog.get` and shared by every picker.
 */
import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type { AssumptionInfo, CatalogData } from '@shared/ipc/contracts/app'
import { ApiError, useApi } from '../api'

export type CatalogAccelerator = CatalogData['accelerators'][number]
export type CatalogLlm = CatalogData['llms'][number]
export type CatalogVision = CatalogData['vision'][number]
export type CatalogVideoPreset = CatalogData['videoPresets'][number]
export type CatalogServer = CatalogData['servers'][number]

export const useCatalogStore = defineStore('catalog', () => {
  const data = shallowRef<CatalogData | null>(null)
  const loading = ref(false)
  const error = shallowRef<ApiError | null>(null)
  let pending: Promise<void> | null = null

  function load(force = false): Promise<void> {
    if (data.value && !force) return Promise.resolve()
    if (pending) return pending
    loading.value = true
    error.value = null
    pending = useApi()
      .catalog()
      .then((catalog) => {
        data.value = Object.freeze(catalog) as CatalogData
      })
      .catch((caught: unknown) => {
        error.value =
          caught instanceof ApiError
            ? caught
            : new ApiError({ code: 'INTERNAL', message: String(caught) })
      })
      .finally(() => {
        loading.value = false
        pending = null
      })
    return pending
  }

  const accelerators = computed(() => data.value?.accelerators ?? [])
  const llms = computed(() => data.value?.llms ?? [])
  const vision = computed(() => data.value?.vision ?? [])
  const videoPresets = computed(() => data.value?.videoPresets ?? [])
  const servers = computed(() => data.value?.servers ?? [])
  const assumptions = computed(() => {
    const map = new Map<string, AssumptionInfo>()
    for (const assumption of data.value?.assumptions ?? []) map.set(assumption.id, assumption)
    return map
  })

  function accelerator(id: string): CatalogAccelerator | undefined {
    return accelerators.value.find((entry) => entry.id === id)
  }

  return {
    data,
    loading,
    error,
    load,
    accelerators,
    llms,
    vision,
    videoPresets,
    servers,
    assumptions,
    accelerator
  }
})
