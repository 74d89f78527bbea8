/** JSON paths as the core reports them (`workloads[1].target.inputTokens`), read and written. */
export type PathSegment = string | number

export function parsePath(path: string): PathSegment[] {
  const segments: PathSegment[] = []
  for (const match of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (match[2] !== undefined) segments.push(Number(match[2]))
    else segments.push(match[1])
  }
  return segments
}

export function formatPath(segments: readonly PathSegment[]): string {
  let out = ''
  for (const part of segments) {
    if (typeof part === 'number') out += `[${part}]`
    else out += out === '' ? part : `.${part}`
  }
  return out
}

export function getAt(root: unknown, path: string | readonly PathSegment[]): unknown {
  const segments = typeof path === 'string' ? parsePath(path) : path
  let node: unknown = root
  for (const part of segments) {
    if (node === null || typeof node !== 'object') return undefined
    node = (node as Record<PathSegment, unknown>)[part]
  }
  return node
}

/** The number at a path, or undefined when there is none (a result figure the kind lacks). */
export function numberAt(root: unknown, path: string | readonly PathSegment[]): number | undefined {
  const value = getAt(root, path)
  return typeof value === 'number' ? value : undefined
}

/**
 * Sets a value, creating objects on the way; `undefined` deletes the key, and an object
 * left empty by the deletion is removed too (an optional group like `target` disappears
 * when its last field is cleared).
 */
export function setAt(root: object, path: string | readonly PathSegment[], value: unknown): void {
  const segments = typeof path === 'string' ? parsePath(path) : [...path]
  const parents: [Record<PathSegment, unknown>, PathSegment][] = []
  let node = root as Record<PathSegment, unknown>
  for (const part of segments.slice(0, -1)) {
    let next = node[part]
    if (next === null || typeof next !== 'object') {
      if (value === undefined) return
      next = {}
      node[part] = next
    }
    parents.push([node, part])
    node = next as Record<PathSegment, unknown>
  }
  const last = segments[segments.length - 1]
  if (value === undefined) {
    delete node[last]
    for (let i = parents.length - 1; i >= 0; i--) {
      const [parent, key] = parents[i]
      // Never leave a hole in an array (a workload is never removed this way).
      if (Array.isArray(parent)) break
      const child = parent[key]
      if (
        child &&
        typeof child === 'object' &&
        !Array.isArray(child) &&
        Object.keys(child).length === 0
      )
        delete parent[key]
      else break
    }
  } else {
    node[last] = value
  }
}
