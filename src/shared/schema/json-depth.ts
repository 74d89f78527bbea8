/**
 * Nesting depth of parsed JSON, measured without recursion. Every later walk over a plan
 * (migrations, schema validation, diagnostics, serialisation, structured clone) recurses,
 * so a value nested thousands of levels deep would overflow the stack in whichever walk
 * comes first. Measuring it here, with an explicit stack, lets the loader refuse it with a
 * located message before anything else looks at it.
 */
import { formatJsonPath } from './issues'

/**
 * Deepest nesting a plan may have. A real plan is about six levels deep (document →
 * workloads → workload → assumptions → assumption → source); 64 leaves ample room.
 */
export const MAX_JSON_DEPTH = 64

/**
 * The JSON path of the first container nested deeper than `maxDepth` (the top value is
 * depth 1), or null when the value is shallow enough. Linear in the number of values.
 */
export function findTooDeep(value: unknown, maxDepth = MAX_JSON_DEPTH): string | null {
  const stack: { value: unknown; depth: number; path: PropertyKey[] }[] = [
    { value, depth: 1, path: [] }
  ]
  while (stack.length > 0) {
    const { value: current, depth, path } = stack.pop()!
    if (current === null || typeof current !== 'object') continue
    if (depth > maxDepth) return formatJsonPath(path) || '(document)'
    if (Array.isArray(current)) {
      // Only the first offending element matters: the path is kept short and linear to build.
      for (let index = current.length - 1; index >= 0; index--)
        stack.push({ value: current[index], depth: depth + 1, path: [...path, index] })
    } else {
      const keys = Object.keys(current)
      for (let index = keys.length - 1; index >= 0; index--) {
        const key = keys[index]
        stack.push({
          value: (current as Record<string, unknown>)[key],
          depth: depth + 1,
          path: [...path, key]
        })
      }
    }
  }
  return null
}
