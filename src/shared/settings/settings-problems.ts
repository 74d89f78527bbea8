/**
 * The settings screen's problems in words, located: "Supplier (your company) › Tax ID: …".
 * The view shows the message beside its field and the located line in the summary.
 */
import type { SettingsFormPath, SettingsFormProblem } from './settings-form'

type Translate = (key: string, params?: Record<string, string | number>) => string

const SECTION_OF: Record<string, string> = {
  companyName: 'letterhead',
  authorName: 'letterhead',
  logo: 'letterhead',
  vatPercent: 'quote',
  validityDays: 'quote',
  delivery: 'quote',
  payment: 'quote',
  warranty: 'quote'
}

/** The field's label, e.g. "Tax ID". */
export function fieldLabel(path: SettingsFormPath, t: Translate): string {
  const [head, field] = path.split('.')
  return field ? t(`settingsScreen.party.${field}`) : t(`settingsScreen.fields.${head}`)
}

/** Where the field is, e.g. "Customer (buyer) › Tax ID". */
export function fieldPlace(path: SettingsFormPath, t: Translate): string {
  const [head, field] = path.split('.')
  const section = field ? head : (SECTION_OF[head] ?? 'letterhead')
  return t('settingsScreen.where', {
    section: t(`settingsScreen.sections.${section}`),
    field: fieldLabel(path, t)
  })
}

/** The message shown under the field. */
export function problemMessage(problem: SettingsFormProblem, t: Translate): string {
  return t(`settingsScreen.errors.${problem.key}`, problem.params)
}

/** The located line of the summary. */
export function locatedProblem(problem: SettingsFormProblem, t: Translate): string {
  return t('app.punctuation.labelled', {
    label: fieldPlace(problem.path, t),
    value: problemMessage(problem, t)
  })
}
