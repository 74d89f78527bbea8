/**
 * Hostile plan documents for the plan loader: syntax damage, wrong types in every field,
 * absurd numbers, unknown versions, huge and deeply nested data.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { int, pick, type Random } from '../random'

export interface PlanInput {
  kind: string
  text: string
}

const EXAMPLES_DIR = join(__dirname, '..', '..', 'resources', 'examples')

const BASE_PLAN = {
  format: 'compute-planner/plan',
  version: 1,
  name: 'fuzz base',
  workloads: [
    {
      id: 'w1',
      kind: 'llm-training',
      model: 'llama-2-7b',
      accelerator: 'nvidia-a100-sxm4-80gb',
      tokens: 2e12,
      accelerators: 1024
    },
    {
      id: 'w2',
      kind: 'video-analytics',
      accelerator: 'nvidia-tesla-t4',
      streams: 3000,
      topsPerStream: 5.5,
      resolution: '1080p',
      fps: 25
    }
  ]
}

function seedPlans(): unknown[] {
  try {
    return [
      BASE_PLAN,
      ...readdirSync(EXAMPLES_DIR)
        .filter((name) => name.endsWith('.cplan'))
        .sort()
        .map((name) => JSON.parse(readFileSync(join(EXAMPLES_DIR, name), 'utf8')) as unknown)
    ]
  } catch {
    return [BASE_PLAN]
  }
}
const SEEDS = seedPlans()

const HOSTILE: unknown[] = [
  null,
  -1,
  0,
  1e308,
  -1e308,
  1e30,
  5e-324,
  'NaN',
  'Infinity',
  '',
  'x'.repeat(100_000),
  [],
  {},
  true,
  '=HYPERLINK("http://evil")',
  { __proto__: { polluted: true } },
  { $ref: '#/workloads/0' },
  Number.MAX_SAFE_INTEGER + 2,
  '1e3',
  [[[[[[]]]]]]
]

/** Every path to a value in a JSON tree. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value))
    return [prefix, ...value.flatMap((item, i) => paths(item, [...prefix, i]))]
  if (value && typeof value === 'object')
    return [
      prefix,
      ...Object.entries(value).flatMap(([key, item]) => paths(item, [...prefix, key]))
    ]
  return [prefix]
}

function setAt(root: unknown, path: (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value
  const copy = structuredClone(root) as Record<string | number, unknown>
  let node = copy
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>
  node[path[path.length - 1]] = value
  return copy
}

const GENERATORS: Record<string, (random: Random) => PlanInput> = {
  'wrong-type-field': (random) => {
    const seed = pick(random, SEEDS)
    let plan = seed
    for (let i = int(random, 1, 3); i > 0; i--)
      plan = setAt(plan, pick(random, paths(plan)), pick(random, HOSTILE))
    return { kind: 'wrong-type-field', text: JSON.stringify(plan) }
  },
  'syntax-damage': (random) => {
    const text = JSON.stringify(pick(random, SEEDS), null, random() < 0.5 ? 2 : 0)
    const variant = pick(random, ['truncate', 'flip', 'nan-literal', 'bom', 'invalid-utf8'])
    if (variant === 'truncate')
      return { kind: 'syntax-damage', text: text.slice(0, int(random, 0, text.length - 1)) }
    if (variant === 'flip') {
      const at = int(random, 0, text.length - 1)
      return {
        kind: 'syntax-damage',
        text: text.slice(0, at) + pick(random, ['{', '}', '"', ',', ':', '\\']) + text.slice(at + 1)
      }
    }
    if (variant === 'nan-literal')
      return {
        kind: 'syntax-damage',
        text: text.replace(/\d+(\.\d+)?/, pick(random, ['NaN', 'Infinity', '-Infinity', '0x10']))
      }
    if (variant === 'bom') return { kind: 'syntax-damage', text: `\uFEFF${text}` }
    return {
      kind: 'syntax-damage',
      text: Buffer.from([...Buffer.from(text)].map((b, i) => (i % 31 === 5 ? 0xff : b))).toString(
        'latin1'
      )
    }
  },
  'version-and-format': (random) => {
    const plan = structuredClone(pick(random, SEEDS)) as Record<string, unknown>
    if (random() < 0.6) plan.version = pick(random, [0, 2, 999, -1, 1.5, '1', null, 2 ** 53])
    else plan.format = pick(random, ['compute-planner/quote', '', null, 'COMPUTE-PLANNER/PLAN', 42])
    return { kind: 'version-and-format', text: JSON.stringify(plan) }
  },
  'huge-and-deep': (random) => {
    const variant = pick(random, ['many-workloads', 'deep', 'long-name', 'wide'])
    const plan = structuredClone(BASE_PLAN) as Record<string, unknown>
    if (variant === 'many-workloads')
      plan.workloads = Array.from({ length: int(random, 1000, 20_000) }, (_, i) => ({
        ...BASE_PLAN.workloads[0],
        id: `w${i}`
      }))
    else if (variant === 'deep') {
      // Built as text: deeper than JSON.stringify itself can go.
      const depth = int(random, 100, 100_000)
      const text = JSON.stringify(plan).replace(
        '"fuzz base"',
        `${'{"n":'.repeat(depth)}1${'}'.repeat(depth)}`
      )
      return { kind: 'huge-and-deep', text }
    } else if (variant === 'long-name') plan.name = '名'.repeat(int(random, 1e4, 1e6))
    else for (let i = 0; i < 5000; i++) plan[`extra${i}`] = i
    return { kind: 'huge-and-deep', text: JSON.stringify(plan) }
  },
  /**
   * Issue 17, finding 8: deep values in any field, the `format` check first of all (its
   * diagnostic used to overflow the stack describing what it found).
   */
  'deep-value': (random) => {
    const depth = int(random, 65, 200_000)
    const shape = pick(random, ['arrays', 'objects', 'mixed'])
    const open =
      shape === 'arrays' ? '[' : shape === 'objects' ? '{"a":' : depth % 2 ? '[{"a":' : '{"a":['
    const close = shape === 'arrays' ? ']' : shape === 'objects' ? '}' : depth % 2 ? '}]' : ']}'
    const deep = `${open.repeat(depth)}1${close.repeat(depth)}`
    const field = pick(random, ['format', 'version', 'name', 'workload', 'extra'])
    const base = JSON.stringify(BASE_PLAN)
    const text =
      field === 'format'
        ? base.replace('"compute-planner/plan"', deep)
        : field === 'version'
          ? base.replace('"version":1', `"version":${deep}`)
          : field === 'name'
            ? base.replace('"fuzz base"', deep)
            : field === 'workload'
              ? base.replace('"tokens":2000000000000', `"tokens":${deep}`)
              : base.replace(/^\{/, `{"extra":${deep},`)
    return { kind: 'deep-value', text }
  },
  'not-json': (random) => ({
    kind: 'not-json',
    text: pick(random, [
      '',
      ' ',
      'null',
      '[]',
      '"plan"',
      '42',
      'PK\u0003\u0004',
      '<?xml version="1.0"?><plan/>',
      '{"format":'
    ])
  }),
  'circular-looking': (random) => {
    const plan = structuredClone(BASE_PLAN) as { workloads: Record<string, unknown>[] }
    plan.workloads[0].id = plan.workloads[1].id = pick(random, ['w1', '', 'workloads[0]'])
    plan.workloads[0].model = pick(random, [
      'w2',
      '#/workloads/1',
      { $ref: '#' },
      plan.workloads[1].id
    ])
    return { kind: 'circular-looking', text: JSON.stringify(plan) }
  }
}

export const PLAN_KINDS = Object.keys(GENERATORS)

export function planInput(random: Random, kind = pick(random, PLAN_KINDS)): PlanInput {
  return GENERATORS[kind](random)
}
