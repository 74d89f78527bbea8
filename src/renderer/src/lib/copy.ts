/**
 * A plain, deep copy of JSON data. Works on Vue reactive proxies (structuredClone refuses
 * them), which is what plan data read in components usually is.
 */
export function plainCopy<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T)
}
