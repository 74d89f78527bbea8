/**
 * Issue 19, "Chinese all the way through": the Latin-script words a Chinese planner may read
 * as they are, for e2e checks of what the zh-CN UI and workbooks show: the base list shared
 * with the unit tests (src/shared/i18n/latin-words.ts: units and symbols, precisions,
 * established technical names), the extras of screens and workbooks, and the names of the catalog's
 * accelerators, models and servers (read from resources/catalog, so a new card is allowed
 * by its name and nothing else is).
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { LATIN_WORDS_IN_ZH } from '../../src/shared/i18n/latin-words'

/** The shared base list plus what the screens and workbooks show besides derivations. */
const WORDS = [
  ...LATIN_WORDS_IN_ZH,
  'h',
  'ms',
  'mm',
  'x86',
  'AI',
  'H264',
  'H265',
  'TP',
  'PP',
  'EP',
  'TF32',
  'GE',
  'GbE',
  'YOLOv5s',
  // product lines and systems named in form factors (Huawei Atlas, NVIDIA Grace Blackwell NVL72)
  'Atlas',
  'CloudMatrix',
  'Grace',
  'Blackwell',
  'NVL',
  // the product's own name (the quote says it wrote the total)
  'Compute',
  'Planner'
]

interface Named {
  name?: string
  nameZh?: string
  vendor?: string
}

/** Every catalog name, longest first, so a name is removed before a shorter one inside it. */
function catalogNames(): string[] {
  const root = join(process.cwd(), 'resources', 'catalog')
  const read = (file: string) =>
    JSON.parse(readFileSync(join(root, file), 'utf8')) as Record<string, unknown>
  const models = read('models.json')
  const network = read('network.json')
  const networkLists = Object.values(network).filter(Array.isArray) as Named[][]
  const lists = [
    ...networkLists,
    read('accelerators.json').accelerators,
    read('servers.json').servers,
    models.llms,
    models.vision,
    models.videoAnalytics
  ] as Named[][]
  const names = lists.flatMap((list) =>
    list.flatMap((entry) => [entry.name, entry.nameZh, entry.vendor])
  )
  return [...new Set(names.filter((name): name is string => !!name))].sort(
    (a, b) => b.length - a.length
  )
}

const NAMES = catalogNames()
const latin = /[A-Za-z][A-Za-z0-9]*/g
const allowed = new Set(WORDS.map((word) => word.toLowerCase()))

/**
 * The Latin-script words of `text` outside product and model names: each catalog name is
 * taken out whole (so "Ascend 910B (generic, as commonly quoted)" passes as a name, while
 * "generic" elsewhere does not), then every word left must be on the list above. One-letter
 * words pass (symbols such as N, K, V).
 */
export function latinWordsOutsideNames(text: string): string[] {
  let rest = text
  for (const name of NAMES) rest = rest.split(name).join(' ')
  return (rest.match(latin) ?? []).filter((word) => {
    const lower = word.toLowerCase()
    return word.length > 1 && !allowed.has(lower) && !allowed.has(lower.replace(/\d+$/, ''))
  })
}
