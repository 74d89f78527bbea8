/**
 * A ready plan named in the reader's language: the template files carry English names, the
 * `templateText` catalogue carries each language's; a name the planner has changed is not a
 * template's any more and is left alone.
 */
import { messages, type Locale } from './index'

interface NamedPlan {
  name?: string
  workloads: { id: string; name?: string }[]
}

type TemplateNames = { plan: string; workloads: Record<string, string> }

function namesOf(locale: Locale, templateId: string): TemplateNames | undefined {
  return (messages[locale].templateText as Record<string, TemplateNames | undefined>)[templateId]
}

export function localizeTemplate<P extends NamedPlan>(
  plan: P,
  templateId: string,
  locale: Locale
): P {
  const en = namesOf('en', templateId)
  const local = namesOf(locale, templateId)
  if (!en || !local) return plan
  return {
    ...plan,
    name: plan.name === en.plan ? local.plan : plan.name,
    workloads: plan.workloads.map((w) =>
      w.name !== undefined && w.name === en.workloads[w.id] && local.workloads[w.id]
        ? { ...w, name: local.workloads[w.id] }
        : w
    )
  }
}
