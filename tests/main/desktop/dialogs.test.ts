import { describe, expect, it, vi } from 'vitest'
import type { BrowserWindow } from 'electron'
import {
  ask,
  askOpenPath,
  askRecovery,
  askSavePath,
  askUnsaved,
  type DialogApi
} from '../../../src/main/desktop/dialogs'

const window = {} as BrowserWindow

/** A dialog module that answers as given and records what it was asked. */
function fakeDialog(answers: {
  open?: { canceled: boolean; filePaths: string[] }
  save?: { canceled: boolean; filePath?: string }
  box?: number
}) {
  const dialog = {
    showOpenDialog: vi.fn(
      async (_window: unknown, _options: unknown) =>
        answers.open ?? { canceled: true, filePaths: [] }
    ),
    showSaveDialog: vi.fn(
      async (_window: unknown, _options: unknown) => answers.save ?? { canceled: true }
    ),
    showMessageBox: vi.fn(async (_window: unknown, _options: unknown) => ({
      response: answers.box ?? 0,
      checkboxChecked: false
    }))
  }
  return dialog as typeof dialog & DialogApi
}

describe('askOpenPath', () => {
  it('answers the chosen file, or null when cancelled or nothing was chosen', async () => {
    const chosen = fakeDialog({
      open: { canceled: false, filePaths: ['/p/a.cplan', '/p/b.cplan'] }
    })
    expect(await askOpenPath(chosen, window, 'en', 'plan')).toBe('/p/a.cplan')
    const none = fakeDialog({ open: { canceled: false, filePaths: [] } })
    expect(await askOpenPath(none, window, 'en', 'plan')).toBeNull()
    expect(await askOpenPath(fakeDialog({}), window, 'en', 'plan')).toBeNull()
  })

  it('titles and filters the dialog by purpose, in the user’s language', async () => {
    const dialog = fakeDialog({})
    await askOpenPath(dialog, window, 'zh-CN', 'inventory')
    expect(dialog.showOpenDialog).toHaveBeenCalledWith(window, {
      title: '导入库存',
      filters: [{ name: '电子表格（Excel 或 CSV）', extensions: ['xlsx', 'csv', 'tsv'] }],
      properties: ['openFile']
    })
    await askOpenPath(dialog, window, 'en', 'plan')
    expect(dialog.showOpenDialog.mock.calls[1][1]).toMatchObject({
      title: 'Open plan',
      filters: [
        { name: 'Compute Planner plan', extensions: ['cplan'] },
        { name: 'All files', extensions: ['*'] }
      ]
    })
  })
})

describe('askSavePath', () => {
  it('adds the purpose’s extension when the dialog did not (Linux)', async () => {
    const bare = fakeDialog({ save: { canceled: false, filePath: '/p/q3' } })
    expect(await askSavePath(bare, window, 'en', 'plan', 'Q3.cplan')).toBe('/p/q3.cplan')
    const csv = fakeDialog({ save: { canceled: false, filePath: '/p/lines.CSV' } })
    expect(await askSavePath(csv, window, 'en', 'quoteCsv')).toBe('/p/lines.CSV')
    const other = fakeDialog({ save: { canceled: false, filePath: '/p/quote.txt' } })
    expect(await askSavePath(other, window, 'en', 'quote')).toBe('/p/quote.txt.xlsx')
  })

  it('answers null when cancelled or given no path', async () => {
    expect(await askSavePath(fakeDialog({}), window, 'en', 'plan')).toBeNull()
    const empty = fakeDialog({ save: { canceled: false, filePath: '' } })
    expect(await askSavePath(empty, window, 'en', 'plan')).toBeNull()
  })

  it('suggests the name, asks before overwriting and filters to the one kind it writes', async () => {
    const dialog = fakeDialog({})
    await askSavePath(dialog, window, 'en', 'quote', 'Cluster - Quote.xlsx')
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(window, {
      title: expect.any(String),
      defaultPath: 'Cluster - Quote.xlsx',
      filters: [{ name: 'Excel workbook', extensions: ['xlsx'] }],
      properties: ['createDirectory', 'showOverwriteConfirmation']
    })
  })
})

describe('askUnsaved', () => {
  it.each([
    [0, 'save'],
    [1, 'discard'],
    [2, 'cancel'],
    [7, 'cancel']
  ] as const)('button %d → %s', async (response, answer) => {
    expect(await askUnsaved(fakeDialog({ box: response }), window, 'en', 'Plan')).toBe(answer)
  })

  it('names the plan, offers Save first and makes Escape cancel', async () => {
    const dialog = fakeDialog({})
    await askUnsaved(dialog, window, 'zh-CN', '华东集群')
    expect(dialog.showMessageBox.mock.calls[0][1]).toMatchObject({
      message: '是否保存对“华东集群”的更改？',
      buttons: ['保存', '不保存', '取消'],
      defaultId: 0,
      cancelId: 2
    })
  })
})

describe('askRecovery', () => {
  it('restores unless Discard is pressed: closing the box keeps the work', async () => {
    const box = fakeDialog({ box: 0 })
    expect(await askRecovery(box, window, 'en', 'P', '2026-01-02T03:04:05Z')).toBe('restore')
    expect(box.showMessageBox.mock.calls[0][1]).toMatchObject({ cancelId: 0, defaultId: 0 })
    expect(
      await askRecovery(fakeDialog({ box: 1 }), window, 'en', 'P', '2026-01-02T03:04:05Z')
    ).toBe('discard')
  })

  it('says when the copy was saved, in the user’s language', async () => {
    const dialog = fakeDialog({})
    const savedAt = '2026-01-02T03:04:05Z'
    await askRecovery(dialog, window, 'zh-CN', '方案', savedAt)
    const { detail, buttons } = dialog.showMessageBox.mock.calls[0][1] as {
      detail: string
      buttons: string[]
    }
    expect(detail).toContain('“方案”')
    expect(detail).toContain(new Date(savedAt).toLocaleString('zh-CN'))
    expect(buttons).toEqual(['恢复', '丢弃'])
  })
})

describe('ask', () => {
  it('routes each kind of question to its dialog', async () => {
    const dialog = fakeDialog({ box: 1 })
    expect(await ask(dialog, window, 'en', { kind: 'unsaved', name: 'P' })).toBe('discard')
    expect(
      await ask(dialog, window, 'en', {
        kind: 'recovery',
        name: 'P',
        savedAt: '2026-01-01T00:00:00Z'
      })
    ).toBe('discard')
    expect(
      dialog.showMessageBox.mock.calls.map(([, options]) => (options as { type: string }).type)
    ).toEqual(['warning', 'question'])
  })
})
