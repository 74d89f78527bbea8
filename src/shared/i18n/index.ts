/**
 * zh-CN and en message catalogues, shared by the renderer (vue-i18n), the main process
 * (menus, dialogs, errors), the CLI and exported workbooks. Each area of the product owns
 * one namespace file per language; this index merges them.
 * Messages use `{name}` placeholders only (a subset of vue-i18n syntax both sides understand).
 */
import enApp from './en/app'
import enCluster from './en/cluster'
import zhCluster from './zh-CN/cluster'
import zhApp from './zh-CN/app'
import enCore from './en/core'
import zhCore from './zh-CN/core'
import enInventory from './en/inventory'
import zhInventory from './zh-CN/inventory'
import enInventoryReview from './en/inventory-review'
import zhInventoryReview from './zh-CN/inventory-review'
import enQuote from './en/quote'
import zhQuote from './zh-CN/quote'
import enDocument from './en/document'
import zhDocument from './zh-CN/document'
import enCompare from './en/compare'
import zhCompare from './zh-CN/compare'
import enFinetuning from './en/finetuning'
import zhFinetuning from './zh-CN/finetuning'
import enProcurement from './en/procurement'
import enBom from './en/bom'
import zhBom from './zh-CN/bom'
import enBomRoles from './en/bomRoles'
import zhBomRoles from './zh-CN/bomRoles'
import enFabric from './en/fabric'
import zhFabric from './zh-CN/fabric'
import enBreakdown from './en/breakdown'
import zhBreakdown from './zh-CN/breakdown'
import zhProcurement from './zh-CN/procurement'
import enCalibration from './en/calibration'
import zhCalibration from './zh-CN/calibration'
import enCalibrationProfiles from './en/calibrationProfiles'
import zhCalibrationProfiles from './zh-CN/calibrationProfiles'
import enTrainingBatch from './en/trainingBatch'
import zhTrainingBatch from './zh-CN/trainingBatch'
import enWizard from './en/wizard'
import enCommands from './en/commands'
import zhCommands from './zh-CN/commands'
import enImportRead from './en/import-read'
import zhImportRead from './zh-CN/import-read'
import enInferenceUi from './en/inferenceUi'
import zhInferenceUi from './zh-CN/inferenceUi'
import zhWizard from './zh-CN/wizard'
import enCli from './en/cli'
import zhCli from './zh-CN/cli'
import enHardening from './en/hardening'
import zhHardening from './zh-CN/hardening'
import enFieldcheck from './en/fieldcheck'
import zhFieldcheck from './zh-CN/fieldcheck'
import enPooling from './en/pooling'
import enAvailabilityNotes from './en/availabilityNotes'
import zhAvailabilityNotes from './zh-CN/availabilityNotes'
import zhPooling from './zh-CN/pooling'
import enVideo from './en/video'
import zhVideo from './zh-CN/video'
import enSizing from './en/sizing'
import zhSizing from './zh-CN/sizing'
import enManualAccelerator from './en/manualAccelerator'
import zhManualAccelerator from './zh-CN/manualAccelerator'
import enSanity from './en/sanity'
import zhSanity from './zh-CN/sanity'
import enPlanner from './en/planner'
import zhPlanner from './zh-CN/planner'
import enDerivationText from './en/derivationText'
import zhDerivationText from './zh-CN/derivationText'
import enTemplateText from './en/templateText'
import zhTemplateText from './zh-CN/templateText'
import enPrices from './en/prices'
import enDerivation from './en/derivation'
import enPolish from './en/polish'
import zhPolish from './zh-CN/polish'
import zhDerivation from './zh-CN/derivation'
import zhPrices from './zh-CN/prices'
import enSettingsScreen from './en/settings-screen'
import enSystems from './en/systems'
import zhSystems from './zh-CN/systems'
import zhSettingsScreen from './zh-CN/settings-screen'
import enFieldNames from './en/fieldNames'
import enDurationText from './en/durationText'
import enWebPlans from './en/webPlans'
import zhWebPlans from './zh-CN/webPlans'
import zhDurationText from './zh-CN/durationText'
import zhFieldNames from './zh-CN/fieldNames'
import enCitations from './en/citations'
import enAssumptionSources from './en/assumptionSources'
import zhAssumptionSources from './zh-CN/assumptionSources'
import zhCitations from './zh-CN/citations'
import { localizeParams } from './message-params'
import type { Locale } from './types'

export type { Locale } from './types'
export { localizeFieldParams } from './field-labels'
export { localizeParams } from './message-params'
export { LOCALES } from './types'

export const messages = {
  en: {
    app: enApp,
    cluster: enCluster,
    core: enCore,
    inventory: enInventory,
    inventoryReview: enInventoryReview,
    quote: enQuote,
    document: enDocument,
    wizard: enWizard,
    commands: enCommands,
    compare: enCompare,
    cli: enCli,
    hardening: enHardening,
    importRead: enImportRead,
    inferenceUi: enInferenceUi,
    sanity: enSanity,
    fieldcheck: enFieldcheck,
    finetuning: enFinetuning,
    procurement: enProcurement,
    bom: enBom,
    bomRoles: enBomRoles,
    fabric: enFabric,
    breakdown: enBreakdown,
    planner: enPlanner,
    calibration: enCalibration,
    calibrationProfiles: enCalibrationProfiles,
    trainingBatch: enTrainingBatch,
    derivationText: enDerivationText,
    templateText: enTemplateText,
    pooling: enPooling,
    video: enVideo,
    sizing: enSizing,
    manualAccelerator: enManualAccelerator,
    prices: enPrices,
    derivation: enDerivation,
    polish: enPolish,
    settingsScreen: enSettingsScreen,
    availabilityNotes: enAvailabilityNotes,
    fieldNames: enFieldNames,
    durationText: enDurationText,
    webPlans: enWebPlans,
    systems: enSystems,
    citations: enCitations,
    assumptionSources: enAssumptionSources
  },
  'zh-CN': {
    app: zhApp,
    cluster: zhCluster,
    core: zhCore,
    inventory: zhInventory,
    inventoryReview: zhInventoryReview,
    quote: zhQuote,
    document: zhDocument,
    wizard: zhWizard,
    commands: zhCommands,
    compare: zhCompare,
    cli: zhCli,
    hardening: zhHardening,
    importRead: zhImportRead,
    inferenceUi: zhInferenceUi,
    sanity: zhSanity,
    fieldcheck: zhFieldcheck,
    finetuning: zhFinetuning,
    procurement: zhProcurement,
    bom: zhBom,
    bomRoles: zhBomRoles,
    fabric: zhFabric,
    breakdown: zhBreakdown,
    planner: zhPlanner,
    calibration: zhCalibration,
    calibrationProfiles: zhCalibrationProfiles,
    trainingBatch: zhTrainingBatch,
    derivationText: zhDerivationText,
    templateText: zhTemplateText,
    pooling: zhPooling,
    video: zhVideo,
    sizing: zhSizing,
    manualAccelerator: zhManualAccelerator,
    prices: zhPrices,
    derivation: zhDerivation,
    polish: zhPolish,
    settingsScreen: zhSettingsScreen,
    availabilityNotes: zhAvailabilityNotes,
    fieldNames: zhFieldNames,
    durationText: zhDurationText,
    webPlans: zhWebPlans,
    systems: zhSystems,
    citations: zhCitations,
    assumptionSources: zhAssumptionSources
  }
} as const

export type MessageTree = { [key: string]: string | MessageTree }

/** Picks zh-CN for any Chinese locale tag, English otherwise. */
export function resolveLocale(tag: string | undefined | null): Locale {
  return tag && /^zh\b/i.test(tag.replace('_', '-')) ? 'zh-CN' : 'en'
}

function lookup(tree: MessageTree, key: string): string | undefined {
  let node: string | MessageTree | undefined = tree
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined
    node = node[part]
  }
  return typeof node === 'string' ? node : undefined
}

/** Translate outside Vue (main process, CLI, workbooks). Falls back to English, then the key. */
export function translate(
  locale: Locale,
  key: string,
  params: Record<string, string | number> = {}
): string {
  const tree = messages[locale] as unknown as MessageTree
  const text = lookup(tree, key) ?? lookup(messages.en as unknown as MessageTree, key) ?? key
  return interpolate(text, localizeParams(locale, tree, params))
}

/**
 * Fills `{name}` placeholders; a placeholder without a value stays visible as written.
 * The one formatting rule of every catalogue, used here and by the renderer's vue-i18n.
 */
export function interpolate(text: string, params: Readonly<Record<string, unknown>>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole
  )
}

/** Every key in a catalogue, dotted; used by the test that fails on a missing translation. */
export function flattenKeys(tree: MessageTree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [prefix + key] : flattenKeys(value, `${prefix}${key}.`)
  )
}
