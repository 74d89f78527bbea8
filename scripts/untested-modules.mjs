#!/usr/bin/env node
/**
 * Lists the source modules with no unit test file named after them (issue 18: "unit test
 * files named after the module they test, beside the concern-based suites"). A module
 * `src/shared/core/rollup.ts` counts as tested by a `tests/shared/**\/rollup.test.ts` (the
 * same layer: shared, main or renderer); a component `FabricTopology.vue` by
 * `fabric-topology.test.ts`. An `index.ts` is named after its folder.
 * Catalogue and type-only files (i18n messages, *.d.ts, env.d.ts) are not modules to test.
 * Nor is a `.ts` module that emits no JavaScript (only `type`/`interface` declarations and
 * `import type`): it has no behaviour a test could run; the compiler checks it wherever it is
 * used. Decided on TypeScript's own syntax tree: left out only when every top-level statement
 * is one the compiler erases (see `emitsNothing`); anything else — a const, a function, an
 * enum, a plain import (it may run a module's side effects), a re-export not marked `type` —
 * keeps the module on the list.
 *
 *   node scripts/untested-modules.mjs          # the list, then the count
 *   node scripts/untested-modules.mjs --count  # the count only
 */
import { readFileSync, readdirSync } from 'node:fs'
import { basename, dirname, join, relative } from 'node:path'
import ts from 'typescript'

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

/**
 * True when every top-level statement of a `.ts` file is erased by the compiler: a type
 * alias, an interface, `import type`, `export type {…}`, or a bare `export {}`.
 */
function emitsNothing(file) {
  if (!file.endsWith('.ts')) return false
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022)
  return source.statements.every(
    (statement) =>
      ts.isTypeAliasDeclaration(statement) ||
      ts.isInterfaceDeclaration(statement) ||
      (ts.isImportDeclaration(statement) && statement.importClause?.isTypeOnly === true) ||
      (ts.isExportDeclaration(statement) &&
        (statement.isTypeOnly ||
          (!statement.moduleSpecifier &&
            statement.exportClause !== undefined &&
            ts.isNamedExports(statement.exportClause) &&
            statement.exportClause.elements.length === 0)))
  )
}

const isSource = (file) =>
  /\.(ts|vue)$/.test(file) && !file.endsWith('.d.ts') && !/\/i18n\/(en|zh-CN)\//.test(file)

const tests = new Set(
  walk(join(root, 'tests'))
    .filter((file) => file.endsWith('.test.ts'))
    .map((file) => `${layer(file)}/${basename(file, '.test.ts')}`)
)
const sources = SOURCES.flatMap((dir) => walk(join(root, dir))).filter(isSource)
const typeOnly = sources.filter(emitsNothing)
const modules = sources.filter((file) => !typeOnly.includes(file))
const untested = modules.filter((file) => !tests.has(`${layer(file)}/${testName(file)}`))

if (!process.argv.includes('--count'))
  for (const file of untested) console.log(relative(root, file))
console.log(`${untested.length} of ${modules.length} modules have no test file named after them`)
console.log(
  `(${typeOnly.length} type-only modules left out: ${typeOnly.map((file) => relative(root, file)).join(', ')})`
)
