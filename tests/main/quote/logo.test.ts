/** The company logo on the Summary sheet: anchored, declared, readable by a regular reader. */
import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { estimatePlan } from '@shared/core'
import { buildQuoteWorkbook } from '../../../src/main/services/quote/workbook/build-workbook'
import { imageSize } from '../../../src/main/services/quote/workbook/logo'
import { exportQuoteWorkbook } from '../../../src/main/services/quote/export-quote'
import { edits, trainingAndServing } from './helpers/fixtures'
import { readWorkbook } from './helpers/workbook'

const PNG_1X1 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='

describe('logo', () => {
  it('reads PNG and JPEG sizes, refuses other bytes', () => {
    expect(imageSize({ extension: 'png', buffer: Buffer.from(PNG_1X1, 'base64') })).toEqual({
      width: 1,
      height: 1
    })
    const jpeg = Buffer.from('ffd8ffc0001108003200640301220002110103110100', 'hex')
    expect(imageSize({ extension: 'jpeg', buffer: jpeg })).toEqual({ width: 100, height: 50 })
    expect(
      imageSize({ extension: 'png', buffer: Buffer.from('not a png at all, really not') })
    ).toBeUndefined()
    expect(imageSize({ extension: 'jpeg', buffer: Buffer.from(PNG_1X1, 'base64') })).toBeUndefined()
  })

  it('is anchored on the Summary sheet, right of its columns', async () => {
    const output = await exportQuoteWorkbook({
      plan: trainingAndServing(),
      locale: 'en',
      options: {
        date: '2025-01-01',
        letterhead: { company: 'ACME', logo: `data:image/png;base64,${PNG_1X1}` }
      }
    })
    const workbook = await readWorkbook(output.bytes)
    const images = workbook.getWorksheet('Summary')!.getImages()
    expect(images).toHaveLength(1)
    expect(images[0].range.tl.nativeCol).toBe(3)
    expect(workbook.getImage(Number(images[0].imageId)).extension).toBe('png')
    const zip = await JSZip.loadAsync(output.bytes)
    expect(await zip.file('[Content_Types].xml')!.async('string')).toContain(
      '/xl/drawings/drawing1.xml'
    )
    expect(await zip.file('xl/worksheets/sheet1.xml')!.async('string')).toMatch(
      /<drawing r:id="rId\d+"\/><\/worksheet>$/
    )
  })

  it('an unreadable image is left out and the workbook is still valid', async () => {
    const plan = trainingAndServing()
    const built = await buildQuoteWorkbook({
      plan,
      estimate: estimatePlan(plan),
      edits: edits(),
      language: 'en',
      date: '2025-01-01',
      letterhead: { company: '', author: '' },
      logo: { extension: 'png', buffer: Buffer.from('garbage bytes that are not an image') }
    })
    expect(built.logoPlaced).toBe(false)
    const workbook = await readWorkbook(built.bytes)
    expect(workbook.getWorksheet('Summary')!.getImages()).toHaveLength(0)
  })
})
