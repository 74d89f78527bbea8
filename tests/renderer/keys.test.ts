/** lib/keys.ts edges beyond format.test.ts and field-undo.test.ts. */
import { describe, expect, it } from 'vitest'
import { isEditableField, isUndoShortcut, undoScope } from '@renderer/lib/keys'

const key = (k: string, mods: Partial<KeyboardEvent> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods
})

describe('isUndoShortcut', () => {
  it('Shift+Ctrl+Y is nothing; Caps Lock (Z, Y) still counts; other keys are nothing', () => {
    expect(isUndoShortcut(key('y', { ctrlKey: true, shiftKey: true }))).toBeNull()
    expect(isUndoShortcut(key('Z', { ctrlKey: true }))).toBe('undo')
    expect(isUndoShortcut(key('Y', { metaKey: true }))).toBe('redo')
    expect(isUndoShortcut(key('s', { ctrlKey: true }))).toBeNull()
    expect(isUndoShortcut(key('y'))).toBeNull()
    expect(isUndoShortcut(key('y', { ctrlKey: true, altKey: true }))).toBeNull()
  })
})

describe('isEditableField', () => {
  const make = (html: string) => {
    const host = document.createElement('div')
    host.innerHTML = html
    return host.firstElementChild
  }

  it('every text-like input type has its own undo; buttons, ranges, files do not', () => {
    for (const type of ['', 'text', 'search', 'email', 'url', 'tel', 'password', 'number', 'TEXT'])
      expect(isEditableField(make(`<input type="${type}">`)), type).toBe(true)
    for (const type of ['range', 'date', 'file', 'radio', 'button', 'color'])
      expect(isEditableField(make(`<input type="${type}">`)), type).toBe(false)
  })

  it('a read-only or disabled textarea, a select, or something that is not an element: plan undo', () => {
    expect(isEditableField(make('<textarea readonly></textarea>'))).toBe(false)
    expect(isEditableField(make('<textarea disabled></textarea>'))).toBe(false)
    expect(isEditableField(make('<select><option>a</option></select>'))).toBe(false)
    expect(isEditableField(window)).toBe(false)
    expect(undoScope(null)).toBe('plan')
  })

  it('editable content keeps its own undo', () => {
    expect(isEditableField({ isContentEditable: true } as unknown as EventTarget)).toBe(true)
    expect(undoScope({ isContentEditable: true } as unknown as EventTarget)).toBe('field')
  })
})
