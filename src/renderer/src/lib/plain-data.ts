/**
 * Plain JSON data at the plan store's boundary. The plan is saved, sent over IPC and cloned
 * with `structuredClone`, so nothing else may enter it: a Vue reactive proxy (read through a
 * component or a store) made every later recalculation and save fail with DataCloneError
 * (issue 13). `plainData` deep-copies a value as plain objects, arrays, strings, finite
 * numbers, booleans and null — reading through reactive proxies — and refuses anything else
 * with the path where it sits.
 */
import { isProxy, toRaw } from 'vue'

export class NotPlainDataError extends Error {
  constructor(
    /** Where the value sits: `workloads[0].target`; '' for the value itself. */
    readonly path: string,
    /** What it is, in a word: `Date`, `function`, `NaN`, `cycle`… */
    readonly found: string
  ) {
    super(`Not plain data at ${path || '(root)'}: ${found}`)
    this.name = 'NotPlainDataError'
  }
}

function join(path: string, key: string | number): string {
  return typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key
}

function copy(value: unknown, path: string, open: Set<object>): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value
  if (typeof value === 'number') {
    if (Number.isFinite(value)) return value
    throw new NotPlainDataError(path, String(value))
  }
  if (typeof value !== 'object') throw new NotPlainDataError(path, typeof value)
  const raw: object = isProxy(value) ? toRaw(value) : value
  if (open.has(raw)) throw new NotPlainDataError(path, 'cycle')
  open.add(raw)
  try {
    if (Array.isArray(raw)) {
      return raw.map((item: unknown, index) => {
        if (item === undefined) throw new NotPlainDataError(join(path, index), 'undefined')
        return copy(item, join(path, index), open)
      })
    }
    const prototype: unknown = Object.getPrototypeOf(raw)
    if (prototype !== Object.prototype && prototype !== null)
      throw new NotPlainDataError(path, raw.constructor?.name || 'object')
    const out: Record<string, unknown> = {}
    for (const [key, child] of Object.entries(raw)) {
      // An absent optional field: dropped, as JSON drops it.
      if (child === undefined) continue
      out[key] = copy(child, join(path, key), open)
    }
    return out
  } finally {
    open.delete(raw)
  }
}

/** A deep, plain copy of `value`; throws NotPlainDataError for anything that is not JSON data. */
export function plainData<T>(value: T): T {
  // The copy has the same shape as the value (only `undefined` fields dropped).
  return copy(value, '', new Set()) as T
}

type Container = Record<string, unknown> | unknown[]

function isContainer(value: unknown): value is Container {
  return typeof value === 'object' && value !== null
}

/**
 * Makes `target` (the live, reactive plan) equal to `source` (plain data) by writing only
 * what differs, so Vue redraws only what reads the changed fields; objects that did not
 * change keep their identity.
 */
export function reconcile(target: Container, source: Container): void {
  if (Array.isArray(target) && Array.isArray(source)) {
    source.forEach((item, index) => write(target, index, item))
    if (target.length !== source.length) target.length = source.length
    return
  }
  const into = target as Record<string, unknown>
  const from = source as Record<string, unknown>
  for (const key of Object.keys(into)) if (!(key in from)) delete into[key]
  for (const [key, value] of Object.entries(from)) write(into, key, value)
}

function write(target: Container, key: string | number, value: unknown): void {
  const slots = target as Record<string | number, unknown>
  const current = slots[key]
  if (isContainer(current) && isContainer(value) && Array.isArray(current) === Array.isArray(value))
    reconcile(current, value)
  else if (!Object.is(current, value)) slots[key] = value
}
