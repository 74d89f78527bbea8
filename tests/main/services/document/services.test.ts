import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { documentServicesFor } from '../../../../src/main/services/document/services'
import { SettingsStore } from '../../../../src/main/services/document/settings-store'

const root = mkdtempSync(join(tmpdir(), 'cp-doc-services-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

describe('documentServicesFor', () => {
  it('gives one set of services per folder, however the folder is spelled', () => {
    const folder = join(root, 'a')
    const first = documentServicesFor(folder, 'linux')
    expect(documentServicesFor(`${folder}/`, 'linux')).toBe(first)
    expect(documentServicesFor(join(folder, '..', 'a'), 'linux')).toBe(first)
    expect(documentServicesFor(join(root, 'b'), 'linux')).not.toBe(first)
  })

  it('keeps each file of the folder where the app looks for it', () => {
    const folder = join(root, 'paths')
    const services = documentServicesFor(folder, 'linux')
    expect(services.settings.path).toBe(join(folder, 'settings.json'))
    expect(services.autosave.path).toBe(join(folder, 'autosave', 'working-plan.json'))
  })

  it('lets the recent list and the settings share one store, so neither overwrites the other', async () => {
    const folder = join(root, 'shared')
    const services = documentServicesFor(folder, 'linux')
    // Changes from both sides at once, as the menu and a settings window may make them.
    await Promise.all([
      services.recent.add(join(folder, 'x.cplan')),
      services.settings.patch({ companyName: 'ACME' }),
      documentServicesFor(folder, 'linux').recent.add(join(folder, 'y.cplan'))
    ])
    const onDisk = await new SettingsStore(folder).get()
    expect(onDisk.companyName).toBe('ACME')
    expect(onDisk.recentFiles.map((entry) => entry.path).sort()).toEqual([
      join(folder, 'x.cplan'),
      join(folder, 'y.cplan')
    ])
  })
})
