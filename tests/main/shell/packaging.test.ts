import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import packageJson from '../../../package.json'

const ROOT = resolve(__dirname, '../../..')
interface PlatformConfig {
  target: string[]
  icon: string
}
const config = parse(readFileSync(resolve(ROOT, 'electron-builder.yml'), 'utf8')) as {
  productName: string
  appId: string
  files: string[]
  asar: boolean
  linux: PlatformConfig
  win: PlatformConfig
  mac: PlatformConfig
  fileAssociations: { ext: string; name: string }[]
  extraResources: { from: string }[]
}

describe('packaging configuration (electron-builder.yml)', () => {
  it('names the product and packs only the built app', () => {
    expect(config.productName).toBe('Compute Planner')
    expect(config.appId).toMatch(/^[a-z]+(\.[a-z]+)+$/)
    expect(config.files).toContain('out/**')
    expect(config.asar).toBe(true)
    expect(packageJson.main).toBe('./out/main/index.js')
  })

  it('builds AppImage and deb, NSIS and dmg', () => {
    expect(config.linux.target).toEqual(expect.arrayContaining(['AppImage', 'deb']))
    expect(config.win.target).toContain('nsis')
    expect(config.mac.target).toContain('dmg')
  })

  it('associates .cplan documents with the app', () => {
    const association = config.fileAssociations.find(
      (entry: { ext: string }) => entry.ext === 'cplan'
    )
    expect(association).toBeDefined()
    expect(association?.name).toBeTruthy()
  })

  it('points at icons that exist', () => {
    for (const platform of ['linux', 'win', 'mac'] as const) {
      expect(existsSync(resolve(ROOT, config[platform].icon)), `${platform} icon`).toBe(true)
    }
    const png = readFileSync(resolve(ROOT, 'resources/icons/icon.png'))
    expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(512) // IHDR width
  })

  it('ships the docs and example plans the app links to', () => {
    const sources = config.extraResources.map((entry) => entry.from)
    for (const source of sources) expect(existsSync(resolve(ROOT, source)), source).toBe(true)
  })

  it('exposes the compute-planner CLI as a bin', () => {
    expect(packageJson.bin['compute-planner']).toBe('./bin/compute-planner.cjs')
    expect(existsSync(resolve(ROOT, 'bin/compute-planner.cjs'))).toBe(true)
  })
})
