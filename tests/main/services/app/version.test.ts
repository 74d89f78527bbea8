import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readAppVersion } from '../../../../src/main/services/app/version'

describe('readAppVersion', () => {
  it('reports the version package.json on disk carries (the one version of app, CLI and workbooks)', () => {
    // Read the file afresh rather than through the same import, so a stale bundled copy would show.
    const onDisk = JSON.parse(
      readFileSync(join(__dirname, '../../../../package.json'), 'utf8')
    ) as {
      version: string
    }
    expect(readAppVersion()).toBe(onDisk.version)
  })

  it('is a plain semantic version (major.minor.patch, optional pre-release), never empty', () => {
    expect(readAppVersion()).toMatch(/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/)
  })
})
