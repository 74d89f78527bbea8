import { resolve } from 'node:path'
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const eslint = new ESLint({ cwd: resolve(__dirname, '../../..') })

async function boundaryMessages(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return result.messages
    .filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-globals')
    .map((m) => m.message)
}

describe('architectural boundaries are enforced by lint', () => {
  it('src/shared may not import electron, node built-ins, or touch the DOM', async () => {
    expect(
      await boundaryMessages(
        'src/shared/core/x.ts',
        "import { app } from 'electron'\nexport const a = app\n"
      )
    ).toHaveLength(1)
    expect(
      await boundaryMessages(
        'src/shared/core/x.ts',
        "import { readFileSync } from 'node:fs'\nexport const r = readFileSync\n"
      )
    ).toHaveLength(1)
    expect(
      await boundaryMessages(
        'src/shared/core/x.ts',
        "import path from 'path'\nexport const p = path\n"
      )
    ).toHaveLength(1)
    expect(
      await boundaryMessages('src/shared/core/x.ts', 'export const w = window.innerWidth\n')
    ).toHaveLength(1)
    expect(
      await boundaryMessages(
        'src/shared/core/x.ts',
        "import { z } from 'zod'\nexport const s = z.string()\n"
      )
    ).toEqual([])
  })

  it('src/renderer may not import electron or node built-ins', async () => {
    expect(
      await boundaryMessages(
        'src/renderer/src/x.ts',
        "import { ipcRenderer } from 'electron'\nexport const i = ipcRenderer\n"
      )
    ).toHaveLength(1)
    expect(
      await boundaryMessages(
        'src/renderer/src/x.ts',
        "import fs from 'node:fs'\nexport const f = fs\n"
      )
    ).toHaveLength(1)
    expect(
      await boundaryMessages(
        'src/renderer/src/x.ts',
        "import { MENU_COMMANDS } from '@shared/ipc/events'\nexport const m = MENU_COMMANDS\n"
      )
    ).toEqual([])
  })

  it('main-process services may not import electron, but may use node', async () => {
    expect(
      await boundaryMessages(
        'src/main/services/x.ts',
        "import { dialog } from 'electron'\nexport const d = dialog\n"
      )
    ).toHaveLength(1)
    expect(
      await boundaryMessages(
        'src/main/services/x.ts',
        "import fs from 'node:fs'\nexport const f = fs\n"
      )
    ).toEqual([])
    expect(
      await boundaryMessages(
        'src/main/window.ts',
        "import { BrowserWindow } from 'electron'\nexport const b = BrowserWindow\n"
      )
    ).toEqual([])
  })
})
