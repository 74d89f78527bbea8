/**
 * Ready plans for the Scenario step: the seed article's worked cases. Each file is a plain
 * plan document in resources/templates, loaded lazily as text and validated by the plan
 * schema exactly like a file the user opens.
 */
import type { PlanDocument, PlanIssue } from '@shared/schema/plan'

const FILES = import.meta.glob('../../../../resources/templates/*.cplan', {
  query: '?raw',
  import: 'default'
}) as Record<string, () => Promise<string>>

export const TEMPLATE_IDS = [
  'video-analytics-3000',
  'vision-training-platform',
  'gpt3-175b-training',
  'llama-65b-int4',
  'llm-serving-rate',
  'llm-finetuning-qlora-65b'
] as const
export type TemplateId = (typeof TEMPLATE_IDS)[number]

export function templateIds(): string[] {
  const available = new Set(
    Object.keys(FILES).map((path) => path.replace(/^.*\//, '').replace(/\.cplan$/, ''))
  )
  return TEMPLATE_IDS.filter((id) => available.has(id))
}

export type TemplateLoad = { ok: true; plan: PlanDocument } | { ok: false; issues: PlanIssue[] }

export async function loadTemplate(id: string): Promise<TemplateLoad> {
  const entry = Object.entries(FILES).find(([path]) => path.endsWith(`/${id}.cplan`))
  if (!entry)
    return {
      ok: false,
      issues: [{ path: '', message: `unknown template ${id}`, messageKey: '', params: {} }]
    }
  // The schema loads with the first template or edit, not with the first screen.
  const [text, { parsePlan }] = await Promise.all([entry[1](), import('@shared/schema/plan')])
  const parsed = parsePlan(text)
  return parsed.ok ? { ok: true, plan: parsed.plan } : { ok: false, issues: parsed.issues }
}
