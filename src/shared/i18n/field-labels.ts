/**
 * Issue 19, "Chinese all the way through": messages name a field by its label, never by its
 * schema id. The core, the importers and the schema put ids in their messages' parameters
 * (`{ field: 'fp16Tflops' }`, `{ fields: 'model, cardsPerRun' }`, `{ why: 'communication' }`)
 * because ids are what they know; every translation replaces them here with the label the
 * forms show, in the reader's language ("缺少 FP16 数据", not "缺少 fp16Tflops 数据").
 * An id no catalogue labels (a user's unknown JSON key) stays as written.
 */
import type { MessageTree } from './index'

/** Where a field's label is looked up, first match wins: the forms' own label sets. */
const LABEL_SETS = [
  'manualAccelerator.fields',
  'wizard.model.fields',
  'wizard.fields',
  'inventory.fields',
  'finetuning.fields',
  'fieldNames.fields'
]

function lookup(tree: MessageTree, key: string): string | undefined {
  let node: string | MessageTree | undefined = tree
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined
    node = node[part]
  }
  return typeof node === 'string' ? node : undefined
}

/**
 * A form label as a message reads it mid-sentence: "Layers" → "layers", while names and
 * symbols ("FP16", "KV heads", "LoRA rank") and Chinese labels stay as written.
 */
function inSentence(label: string): string {
  // "Layers" → "layers"; "RoPE …" and "LoRA …" are names and keep their capitals.
  return /^[A-Z][a-z]+\b/.test(label) && !/^LoRA/.test(label)
    ? label[0].toLowerCase() + label.slice(1)
    : label
}

/** The label of field `id` (or of the last part of a path such as `model.kvHeads`). */
export function fieldLabel(tree: MessageTree, id: string): string | undefined {
  const name = id.split('.').at(-1) ?? id
  if (!/^[A-Za-z][A-Za-z0-9]*$/.test(name)) return undefined
  for (const set of LABEL_SETS) {
    const label = lookup(tree, `${set}.${name}`)
    // A label with its own placeholder ("Budget ({currency})") needs context it has not got.
    if (label !== undefined && !label.includes('{')) return inSentence(label)
  }
  return undefined
}

/** Parameters naming fields or purposes, with each id replaced by its label from `tree`. */
export function localizeFieldParams<T extends Readonly<Record<string, unknown>>>(
  tree: MessageTree,
  params: T
): T {
  let out: Record<string, unknown> | undefined
  const set = (key: string, value: string) => ((out ??= { ...params })[key] = value)
  const { field, fields, why } = params
  if (typeof field === 'string') {
    const label = fieldLabel(tree, field)
    if (label !== undefined) set('field', label)
  }
  if (typeof fields === 'string') {
    const parts = fields.split(/\s*,\s*/)
    const labels = parts.map((part) => fieldLabel(tree, part) ?? part)
    if (labels.some((label, i) => label !== parts[i]))
      set('fields', labels.join(lookup(tree, 'fieldNames.separator') ?? ', '))
  }
  if (typeof why === 'string') {
    const label = lookup(tree, `fieldNames.purposes.${why}`)
    if (label !== undefined) set('why', label)
  }
  return (out ?? params) as T
}
