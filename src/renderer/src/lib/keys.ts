/** Ctrl/Cmd+Z → undo; Shift+Ctrl/Cmd+Z or Ctrl+Y → redo. */
export function isUndoShortcut(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>
): 'undo' | 'redo' | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null
  const key = event.key.toLowerCase()
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo'
  if (key === 'y' && !event.shiftKey) return 'redo'
  return null
}

/** Input types whose text the browser edits (and can undo) itself. */
const TEXT_INPUT_TYPES = new Set([
  '',
  'text',
  'search',
  'email',
  'url',
  'tel',
  'password',
  'number'
])

/**
 * Whether `target` is a field with its own undo history (a text or number input, a textarea,
 * or editable content). Issue 19: Ctrl+Z typed in the plan name ran the plan-wide undo, which
 * wiped the name and then reverted other fields and deleted a workload. Inside a field the
 * field's own undo runs; the plan-wide undo only when no field has the focus. (We do not fall
 * through to the plan once the field's history is exhausted: the browser does not say when it
 * is, and a key that silently switches from "my typing" to "my plan" is the surprise we fix.)
 */
export function isEditableField(target: EventTarget | null): boolean {
  if (!target || typeof target !== 'object') return false
  const element = target as Partial<HTMLElement> & {
    tagName?: string
    type?: string
    readOnly?: boolean
    disabled?: boolean
  }
  if (element.isContentEditable) return true
  const tag = element.tagName?.toLowerCase()
  if (tag === 'textarea') return !element.readOnly && !element.disabled
  if (tag === 'input')
    return (
      TEXT_INPUT_TYPES.has((element.type ?? '').toLowerCase()) &&
      !element.readOnly &&
      !element.disabled
    )
  return false
}

/** Who answers an undo/redo: the focused field's own history, or the plan's. */
export function undoScope(focused: EventTarget | null): 'field' | 'plan' {
  return isEditableField(focused) ? 'field' : 'plan'
}
