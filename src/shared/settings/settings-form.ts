/**
 * The settings screen's form: what it shows (every field as text or a number), what it saves
 * (a `settings.set` patch), and the check of every field with a located message in words
 * ("Supplier › Tax ID: …"). Pure, so the renderer, tests and any later importer share one
 * reading of the fields. The schema (settings.ts, procurement.ts) stays the last word on
 * save; this check runs first so the user sees the reason beside the field.
 */
import type { Party, Procurement } from '../schema/procurement'
import type { AppSettings, SettingsPatch } from '../schema/settings'

export const PARTY_FORM_FIELDS = [
  'company',
  'address',
  'taxId',
  'bank',
  'account',
  'contact',
  'phone'
] as const
export type PartyFormField = (typeof PARTY_FORM_FIELDS)[number]
export type PartyForm = Record<PartyFormField, string>
export const PARTIES = ['buyer', 'supplier'] as const
export type PartyRole = (typeof PARTIES)[number]

export interface SettingsForm {
  companyName: string
  authorName: string
  /** A PNG or JPEG data URL (logo-file.ts), or null for none. */
  logo: string | null
  buyer: PartyForm
  supplier: PartyForm
  /** Percent; null: by the plan's currency (13 % for CNY). */
  vatPercent: number | null
  /** null: the default (30 days). */
  validityDays: number | null
  delivery: string
  payment: string
  warranty: string
}

/** Where a problem is: a top-level field, or `buyer.taxId`-style for a party's field. */
export type SettingsFormPath =
  Exclude<keyof SettingsForm, PartyRole> | `${PartyRole}.${PartyFormField}`

export interface SettingsFormProblem {
  path: SettingsFormPath
  /** A key under `settingsScreen.errors`. */
  key: string
  params: Record<string, string | number>
}

const NAME_LIMIT = 200
const TERM_LIMIT = 500
const PHONE_LIMIT = 60
export const MAX_VALIDITY_DAYS = 3650

function emptyParty(): PartyForm {
  return { company: '', address: '', taxId: '', bank: '', account: '', contact: '', phone: '' }
}

function partyForm(party: Party | undefined): PartyForm {
  const form = emptyParty()
  for (const field of PARTY_FORM_FIELDS) form[field] = party?.[field] ?? ''
  return form
}

/** The form as the saved settings fill it. */
export function formFromSettings(settings: AppSettings): SettingsForm {
  const p = settings.procurement
  return {
    companyName: settings.companyName,
    authorName: settings.authorName,
    logo: settings.companyLogo,
    buyer: partyForm(p.buyer),
    supplier: partyForm(p.supplier),
    vatPercent:
      settings.defaultVatRate === null ? null : roundPercent(settings.defaultVatRate * 100),
    validityDays: p.terms?.validityDays ?? null,
    delivery: p.terms?.delivery ?? '',
    payment: p.terms?.payment ?? '',
    warranty: p.terms?.warranty ?? ''
  }
}

/** 13.000000000000002 → 13: percent ↔ fraction round trips show what the user typed. */
function roundPercent(value: number): number {
  return Math.round(value * 1e6) / 1e6
}

function partyOf(form: PartyForm): Party | undefined {
  const party: Party = {}
  for (const field of PARTY_FORM_FIELDS) {
    const value = form[field].trim()
    if (value !== '') party[field] = value
  }
  return Object.keys(party).length > 0 ? party : undefined
}

/**
 * The change to send with `settings.set`. Blank fields are left out (not saved as ""), the
 * quote number (set per quote) is kept as it was.
 */
export function patchFromForm(form: SettingsForm, current: AppSettings): SettingsPatch {
  const buyer = partyOf(form.buyer)
  const supplier = partyOf(form.supplier)
  const terms: NonNullable<Procurement['terms']> = {}
  const quoteNumber = current.procurement.terms?.quoteNumber
  if (quoteNumber) terms.quoteNumber = quoteNumber
  if (form.validityDays !== null) terms.validityDays = form.validityDays
  for (const key of ['delivery', 'payment', 'warranty'] as const) {
    const value = form[key].trim()
    if (value !== '') terms[key] = value
  }
  const procurement: Procurement = {
    ...(buyer ? { buyer } : {}),
    ...(supplier ? { supplier } : {}),
    ...(Object.keys(terms).length > 0 ? { terms } : {})
  }
  return {
    companyName: form.companyName.trim(),
    authorName: form.authorName.trim(),
    companyLogo: form.logo,
    defaultVatRate: form.vatPercent === null ? null : roundPercent(form.vatPercent) / 100,
    procurement
  }
}

// ---- checks ------------------------------------------------------------------------------

/** The characters of a unified social credit code (GB 32100-2015: digits and 21 letters, no I O Z S V). */
const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

/**
 * The check character of an 18-character unified social credit code (统一社会信用代码,
 * GB 32100-2015 §4.3: weighted sum mod 31), or null when `code` is not in that form.
 */
export function usccCheckCharacter(code: string): string | null {
  if (code.length !== 18) return null
  let sum = 0
  for (let index = 0; index < 17; index++) {
    const value = USCC_CHARS.indexOf(code[index])
    if (value < 0) return null
    sum += value * USCC_WEIGHTS[index]
  }
  if (!USCC_CHARS.includes(code[17])) return null
  const check = (31 - (sum % 31)) % 31
  return USCC_CHARS[check]
}

function problem(
  path: SettingsFormPath,
  key: string,
  params: Record<string, string | number> = {}
): SettingsFormProblem {
  return { path, key, params }
}

function checkText(
  path: SettingsFormPath,
  value: string,
  limit: number,
  oneLine: boolean
): SettingsFormProblem[] {
  const found: SettingsFormProblem[] = []
  if (value.trim().length > limit)
    found.push(problem(path, 'tooLong', { limit, length: value.trim().length }))
  if (oneLine && /[\r\n]/.test(value)) found.push(problem(path, 'oneLine'))
  return found
}

function checkTaxId(path: SettingsFormPath, raw: string): SettingsFormProblem[] {
  const value = raw.trim()
  if (value === '') return []
  if (!/^[A-Za-z0-9 -]+$/.test(value)) return [problem(path, 'taxIdCharacters')]
  const compact = value.replace(/[ -]/g, '').toUpperCase()
  if (compact.length < 8 || compact.length > 30) {
    return [problem(path, 'taxIdLength', { length: compact.length })]
  }
  // A mainland code is 18 characters with a check character; a wrong one is a typing error.
  const check = usccCheckCharacter(compact)
  if (check !== null && check !== compact[17]) {
    return [problem(path, 'taxIdCheck', { expected: check, found: compact[17] })]
  }
  return []
}

function checkPhone(path: SettingsFormPath, raw: string): SettingsFormProblem[] {
  const value = raw.trim()
  if (value === '') return []
  if (value.length > PHONE_LIMIT)
    return [problem(path, 'tooLong', { limit: PHONE_LIMIT, length: value.length })]
  // Digits with the usual separators, "+" for a country code, 转/ext for an extension.
  if (
    !/^\+?[0-9 ()\-./,;]+((转|ext\.?|x)\s*[0-9]+)?$/i.test(value) ||
    !/[0-9]{3}/.test(value.replace(/[^0-9]/g, ''))
  ) {
    return [problem(path, 'phone')]
  }
  return []
}

function checkAccount(path: SettingsFormPath, raw: string): SettingsFormProblem[] {
  const value = raw.trim()
  if (value === '') return []
  if (!/^[0-9A-Za-z -]+$/.test(value)) return [problem(path, 'accountCharacters')]
  const compact = value.replace(/[ -]/g, '')
  if (compact.length < 6 || compact.length > 34) {
    return [problem(path, 'accountLength', { length: compact.length })]
  }
  return []
}

/** Every problem of the form, in screen order (empty: it can be saved). */
export function checkSettingsForm(form: SettingsForm): SettingsFormProblem[] {
  const found: SettingsFormProblem[] = [
    ...checkText('companyName', form.companyName, NAME_LIMIT, true),
    ...checkText('authorName', form.authorName, NAME_LIMIT, true)
  ]
  for (const role of PARTIES) {
    const party = form[role]
    for (const field of ['company', 'address', 'bank', 'contact'] as const) {
      found.push(...checkText(`${role}.${field}`, party[field], NAME_LIMIT, true))
    }
    found.push(...checkTaxId(`${role}.taxId`, party.taxId))
    found.push(...checkAccount(`${role}.account`, party.account))
    found.push(...checkPhone(`${role}.phone`, party.phone))
  }
  if (form.vatPercent !== null) {
    if (!Number.isFinite(form.vatPercent)) found.push(problem('vatPercent', 'notANumber'))
    else if (form.vatPercent < 0 || form.vatPercent > 100) {
      found.push(problem('vatPercent', 'range', { min: 0, max: 100, unit: ' %' }))
    }
  }
  if (form.validityDays !== null) {
    if (!Number.isInteger(form.validityDays)) found.push(problem('validityDays', 'wholeNumber'))
    else if (form.validityDays < 1 || form.validityDays > MAX_VALIDITY_DAYS) {
      found.push(problem('validityDays', 'range', { min: 1, max: MAX_VALIDITY_DAYS, unit: '' }))
    }
  }
  for (const key of ['delivery', 'payment', 'warranty'] as const) {
    found.push(...checkText(key, form[key], TERM_LIMIT, false))
  }
  return found
}
