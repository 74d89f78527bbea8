/**
 * The renderer has no `as unknown as` casts (issue 18): each one hid a type the compiler
 * could have checked (the API builder, the i18n composer, the quote store's plan field).
 * This keeps the count at zero; a new cast needs a real type instead.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = join(__dirname, '..', '..', '..')

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sourceFiles(path)
    return /\.(ts|vue)$/.test(name) ? [path] : []
  })
}

describe('renderer types', () => {
  it('has no `as unknown as` casts', () => {
    const found = sourceFiles(join(root, 'src', 'renderer')).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .map((line, index) => ({ line, at: `${relative(root, file)}:${index + 1}` }))
        .filter(({ line }) => /\bas\s+unknown\s+as\b/.test(line))
        .map(({ at }) => at)
    )
    expect(found).toEqual([])
  })
})

/**
 * Every new plan starts from the user's settings (VAT, currency, PUE, electricity price):
 * the Scenario step once built its blank plan from the schema's bare defaults, so a CNY
 * plan quoted 0 % VAT. Only the plan store (the window's first plan) and the document store
 * (which applies the settings) may build a blank plan.
 */
describe('blank plans', () => {
  it('are built only by the plan and document stores', () => {
    const allowed = ['stores/plan.ts', 'stores/document.ts'].map((f) =>
      join(root, 'src', 'renderer', 'src', f)
    )
    const found = sourceFiles(join(root, 'src', 'renderer'))
      .filter((file) => !allowed.includes(file))
      .filter((file) => /\b(createBlankPlan|blankPlan)\(/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(root, file))
    expect(found).toEqual([])
  })
})
