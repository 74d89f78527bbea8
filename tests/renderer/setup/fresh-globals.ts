/**
 * The renderer project runs its files in one module graph per worker (`isolate: false`,
 * vitest.config.mts): importing Vue, Naive UI and the app afresh for every file was most of
 * the suite's time. What a fresh environment gave each file for free is reset here, before
 * each file: saved settings (language, theme), stubbed globals, the document's contents, the
 * attributes the app sets on <html>, and the address (a router in an earlier file left its
 * hash, #/workloads, and the next app booted on that step instead of its first).
 */
import { vi } from 'vitest'

localStorage.clear()
sessionStorage.clear()
vi.unstubAllGlobals()
vi.useRealTimers()
document.body.innerHTML = ''
for (const attribute of [...document.documentElement.attributes])
  document.documentElement.removeAttribute(attribute.name)
history.replaceState(null, '', location.pathname)
