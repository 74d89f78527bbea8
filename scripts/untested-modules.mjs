#!/usr/bin/env node
/**
 * Lists the source modules with no unit test file named after them (issue 18: "unit test
 * files named after the module they test, beside the concern-based suites"). A module
 * `src/shared/core/rollup.ts` counts as tested by a `tests/shared/**\/rollup.test.ts` (the
 * same layer: shared, main or renderer); a component `FabricTopology.vue` by
 * `fabric-topology.test.ts`. An `index.ts` is named after its folder.
 * Catalogue and type-only files (i18n messages, *.d.ts, env.d.ts) are not modules to test.
 *
 *   node scripts/untested-modules.mjs          # the list, then the count
 *   node scripts/untested-modules.mjs --count  # the count only
 */
import { readdirSync } from 'node:fs'
import { basename, dirname, join, relative } from 'node:path'

const root = join(dirname(new URL(import.meta.url).pathname), '..')
const SOURCES = ['src/shared', 'src/main', 'src/renderer/src']

/** The layer of a source or test file: shared, main or renderer. */
const layer = (file) => relative(root, file).split('/')[1]

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    return entry.isDirectory() ? walk(path) : [path]
  })
}

const kebab = (name) => name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase()

/** The name a module's test file carries: `rollup`, `fabric-topology`, a folder's for index. */
function testName(file) {
  const name = basename(file).replace(/\.(ts|vue)$/, '')
  return kebab(name === 'index' ? basename(dirname(file)) : name)
}

const isModule = (file) =>
  /\.(ts|vue)$/.test(file) && !file.endsWith('.d.ts') && !/\/i18n\/(en|zh-CN)\//.test(file)

const tests = new Set(
  walk(join(root, 'tests'))
    .filter((file) => file.endsWith('.test.ts'))
    .map((file) => `${layer(file)}/${basename(file, '.test.ts')}`)
)
const modules = SOURCES.flatMap((dir) => walk(join(root, dir))).filter(isModule)
const untested = modules.filter((file) => !tests.has(`${layer(file)}/${testName(file)}`))

if (!process.argv.includes('--count'))
  for (const file of untested) console.log(relative(root, file))
console.log(`${untested.length} of ${modules.length} modules have no test file named after them`)
