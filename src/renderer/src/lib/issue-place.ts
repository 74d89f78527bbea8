/**
 * Where a located issue is, in words a planner reads: "Chat serving › Concurrency",
 * "Costs › Tax rate", "Quote line 3 › Unit price", never `workloads[0].concurrency` or
 * `quote.lines` (issue 13; the CLI keeps its JSON paths). Labels come from the wizard's own
 * field labels, in the current language.
 */
import type { ApiError } from '../api'
import type { LocatedIssue } from '../stores/results'

type Translate = (key: string, params?: Record<string, unknown>) => string
type Exists = (key: string) => boolean

interface Segment {
  name: string
  index?: number
}

function segments(path: string): Segment[] {
  const found: Segment[] = []
  for (const match of path.matchAll(/([A-Za-z_$][\w$-]*)|\[(\d+)\]/g)) {
    if (match[1] !== undefined) found.push({ name: match[1] })
    else if (found.length > 0) found[found.length - 1].index = Number(match[2])
  }
  return found
}

/** `requestsPerSecond` → "requests per second" when no label exists. */
function humanise(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .toLowerCase()
}

/** Plan settings edited on the Hardware step (ServerCard, CompleteSystemChoice, MarketSelect). */
export const HARDWARE_SETTINGS: ReadonlySet<string> = new Set([
  'server',
  'serverByAccelerator',
  'completeSystemByAccelerator',
  'rackPowerLimitKW',
  'market'
])

const LABEL_GROUPS = ['wizard.fields', 'wizard.inputs', 'wizard.figures']

export function fieldLabel(name: string, t: Translate, te: Exists): string {
  for (const group of LABEL_GROUPS) if (te(`${group}.${name}`)) return t(`${group}.${name}`, {})
  return humanise(name)
}

export interface PlanNames {
  workloads?: readonly { name?: string }[]
}

export function issuePlace(path: string, t: Translate, te: Exists, plan?: PlanNames): string {
  const parts = segments(path)
  if (parts.length === 0) return t('fieldcheck.wholePlan')
  const [head, ...rest] = parts
  let where: string
  if (head.name === 'workloads' && head.index !== undefined)
    where = plan?.workloads?.[head.index]?.name || t('fieldcheck.workload', { n: head.index + 1 })
  else if (head.name === 'settings')
    where = t(
      HARDWARE_SETTINGS.has(rest[0]?.name ?? '') ? 'app.steps.hardware' : 'fieldcheck.costs'
    )
  else if (head.name === 'inventory' && head.index !== undefined)
    where = t('fieldcheck.inventory', { n: head.index + 1 })
  else if (head.name === 'compare') where = t('fieldcheck.compare')
  else if (head.name === 'lines' && head.index !== undefined)
    where = t('fieldcheck.quoteLine', { n: head.index + 1 })
  else
    return rest.length === 0 ? fieldLabel(head.name, t, te) : fieldLabel(rest.at(-1)!.name, t, te)
  const last = rest.at(-1)
  return last ? `${where} › ${fieldLabel(last.name, t, te)}` : where
}

/** "Costs › Tax rate: must be ≤ 1" lines for an API error, headed by its message in words. */
export function apiErrorLines(
  error: ApiError,
  t: Translate,
  te: Exists,
  issueText: (issue: LocatedIssue) => string,
  plan?: PlanNames
): string[] {
  const code = error.code === 'NETWORK' ? 'network' : error.code
  const headline = te(`app.errors.${code}`) ? t(`app.errors.${code}`) : error.message
  return [
    headline,
    ...error.issues.map((issue) =>
      t('fieldcheck.where', {
        where: issuePlace(issue.path, t, te, plan),
        message: issueText(issue)
      })
    )
  ]
}
