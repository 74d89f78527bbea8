/**
 * Issue 17's classes that are not files: requests to the web host (malformed percent
 * escapes in the path, bodies trickled after a refusal, deep plans over HTTP) and text
 * with noncharacters and controls going into every exporter.
 */
import { int, pick, type Random } from '../random'

export type HttpInput =
  | { kind: 'http-malformed-escape'; path: string; withToken: boolean }
  | { kind: 'http-trickled-refused'; path: string; declared: number; why: 'token' | 'origin' }
  | { kind: 'http-deep-plan'; body: string }

export interface ExportInput {
  kind: 'export-noncharacters'
  names: string[]
}

/** Escapes no decoder accepts: truncated, non-hex, overlong, surrogates, lone continuation bytes. */
const BAD_ESCAPES = [
  '%',
  '%f',
  '%ff',
  '%zz',
  '%E0%A4%A',
  '%C0%80',
  '%ED%A0%80',
  '%80',
  '%F8%88%80%80%80',
  '%%',
  '%u0041'
]

function malformedPath(random: Random): string {
  const parts: string[] = []
  for (let i = int(random, 1, 4); i > 0; i--)
    parts.push(
      pick(random, [pick(random, BAD_ESCAPES), 'app.info', 'calc.estimate', '%2e%2e', 'x'])
    )
  // At least one escape no decoder accepts, last, so that no hex digit after it completes it
  // (`%E0%A4%A` + `app` would be a valid `%E0%A4%Aa`).
  parts.push(pick(random, BAD_ESCAPES))
  return `/api/${parts.join('')}`
}

function deepPlanBody(random: Random): string {
  const depth = int(random, 65, 50_000)
  const deep = `${'['.repeat(depth)}${']'.repeat(depth)}`
  const text = `{"format":${deep},"version":1}`
  return JSON.stringify({ request: { text } })
}

export function httpInput(random: Random): HttpInput {
  const variant = pick(random, ['escape', 'trickle', 'deep'] as const)
  if (variant === 'escape')
    return { kind: 'http-malformed-escape', path: malformedPath(random), withToken: random() < 0.5 }
  if (variant === 'trickle')
    return {
      kind: 'http-trickled-refused',
      path: pick(random, ['/api/app.info', '/api/calc.estimate', '/api/document.parse']),
      declared: int(random, 1_000, 60_000_000),
      why: pick(random, ['token', 'origin'] as const)
    }
  return { kind: 'http-deep-plan', body: deepPlanBody(random) }
}

/** Characters an exported cell cannot carry, or that readers refuse. */
const UNWRITABLE = [
  '\uFFFE',
  '\uFFFF',
  '\uFDD0',
  '\uFDEF',
  '\u{1FFFE}',
  '\u{10FFFF}',
  '\u0000',
  '\u0001',
  '\u001B',
  '\uD800',
  '\uDFFF',
  '\u000B'
]
const ORDINARY = ['H100', '昇腾910B', ' ', '=SUM(A1)', '"', ',', '\n', '\t', '🚀', 'é']

export function exportInput(random: Random): ExportInput {
  const names = Array.from({ length: int(random, 1, 12) }, () => {
    let name = ''
    for (let i = int(random, 1, 16); i > 0; i--)
      name += random() < 0.4 ? pick(random, UNWRITABLE) : pick(random, ORDINARY)
    return name
  })
  return { kind: 'export-noncharacters', names }
}
