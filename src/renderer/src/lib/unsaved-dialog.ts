/**
 * The browser's "save the changes?" page dialog (the desktop asks natively, main/desktop/dialogs).
 * Issue 19: naive-ui focuses the dialog's first button, which was "Don't Save" (negative
 * buttons come first), so Enter threw the work away. Here the buttons are ours and in the
 * desktop order — Save, Don't Save, Cancel — so Save is the one focused and Enter saves;
 * discarding needs a deliberate click (or Tab, Enter). Escape and the close box cancel.
 */
import { h, type VNode } from 'vue'
import { NButton, NSpace, type DialogOptions } from 'naive-ui'

export type UnsavedAnswer = 'save' | 'discard' | 'cancel'

/** Only the buttons: rendered by the dialog's action slot, and by the tests. */
export function unsavedActions(
  t: (key: string) => string,
  answer: (choice: UnsavedAnswer) => void
): VNode {
  return h(NSpace, { justify: 'end' }, () => [
    h(
      NButton,
      { type: 'primary', 'data-testid': 'unsaved-save', onClick: () => answer('save') },
      () => t('document.dialogs.save')
    ),
    h(
      NButton,
      {
        type: 'warning',
        ghost: true,
        'data-testid': 'unsaved-discard',
        onClick: () => answer('discard')
      },
      () => t('document.dialogs.dontSave')
    ),
    h(NButton, { 'data-testid': 'unsaved-cancel', onClick: () => answer('cancel') }, () =>
      t('document.dialogs.cancel')
    )
  ])
}

export function unsavedDialogOptions(
  t: (key: string, params?: Record<string, string | number>) => string,
  name: string,
  resolve: (choice: UnsavedAnswer) => void,
  close: () => void
): DialogOptions {
  const answer = (choice: UnsavedAnswer): void => {
    resolve(choice)
    close()
  }
  return {
    title: t('document.dialogs.unsavedTitle'),
    content: `${t('document.dialogs.unsavedMessage', { name })} ${t('document.dialogs.unsavedDetail')}`,
    maskClosable: false,
    // The first focusable element gets the focus: that is Save (the close box is not focusable).
    autoFocus: true,
    action: () => unsavedActions(t, answer),
    onClose: () => resolve('cancel'),
    onEsc: () => resolve('cancel')
  }
}
