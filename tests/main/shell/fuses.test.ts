/**
 * Issue 17, finding 15: Electron Fuses are flipped at packaging time (electron-builder's
 * `electronFuses`), so a packaged app cannot be turned into a generic Node runtime
 * (ELECTRON_RUN_AS_NODE, NODE_OPTIONS, --inspect) nor load code from outside its checked
 * app.asar. The option names are checked against electron-builder's own schema, so a
 * misspelt fuse (silently ignored by the builder) fails here.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import packageJson from '../../../package.json'

const ROOT = resolve(__dirname, '../../..')
const config = parse(readFileSync(resolve(ROOT, 'electron-builder.yml'), 'utf8')) as {
  electronFuses?: Record<string, boolean>
}
const schema = JSON.parse(
  readFileSync(resolve(ROOT, 'node_modules/app-builder-lib/scheme.json'), 'utf8')
) as {
  properties: Record<string, unknown>
  definitions: { FuseOptionsV1: { properties: Record<string, unknown> } }
}

describe('Electron Fuses (electron-builder.yml)', () => {
  it('uses the key electron-builder reads, with only options its schema knows', () => {
    expect(schema.properties).toHaveProperty('electronFuses')
    expect(config.electronFuses).toBeDefined()
    const known = Object.keys(schema.definitions.FuseOptionsV1.properties)
    for (const option of Object.keys(config.electronFuses ?? {})) expect(known).toContain(option)
  })

  it('turns off every way to run the binary as plain Node or attach a debugger', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false
    })
  })

  it('loads the app only from a validated app.asar, encrypts cookies, no file:// privileges', () => {
    expect(config.electronFuses).toMatchObject({
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false
    })
  })
})

describe('Electron version', () => {
  it('is pinned exactly, at 45.6.1 or later in the 45 line, and the lock agrees', () => {
    const version = packageJson.devDependencies.electron
    expect(version).toMatch(/^45\.\d+\.\d+$/)
    const [, minor, patch] = version.split('.').map(Number)
    expect(minor * 1000 + patch).toBeGreaterThanOrEqual(6 * 1000 + 1)
    const lock = JSON.parse(readFileSync(resolve(ROOT, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { version?: string }>
    }
    expect(lock.packages['node_modules/electron']?.version).toBe(version)
    expect(lock.packages['']).toMatchObject({ devDependencies: { electron: version } })
  })
})
