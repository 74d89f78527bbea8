/**
 * The company logo at the top right of the Summary sheet.
 *
 * exceljs's streaming writer can store images but cannot anchor one on a sheet (only the
 * regular writer, which needs ~6× the memory, has `worksheet.addImage`). So this module adds
 * the three parts a picture needs itself: a drawing part that anchors the image, its
 * relationship from the sheet, and the `<drawing>` element in the sheet's XML (written right
 * after the row breaks, where the schema expects it), all through exceljs-internals.ts; the
 * structure test opens the result to prove it is well formed.
 */
import type { Workbook } from 'exceljs'
import { addSheetRelationship, afterRowBreaks, appendPart, rewritePart } from './exceljs-internals'
import type { WorksheetWriter } from './streaming'

export interface LogoImage {
  buffer: Buffer
  extension: 'png' | 'jpeg'
}

/** Pixel size of a PNG or JPEG, or undefined when the bytes are not the image they claim. */
export function imageSize(logo: LogoImage): { width: number; height: number } | undefined {
  const b = logo.buffer
  if (logo.extension === 'png') {
    const signature = '89504e470d0a1a0a'
    if (b.length < 24 || b.subarray(0, 8).toString('hex') !== signature) return undefined
    return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) }
  }
  if (b.length < 4 || b[0] !== 0xff || b[1] !== 0xd8) return undefined
  for (let i = 2; i + 9 < b.length;) {
    if (b[i] !== 0xff) return undefined
    const marker = b[i + 1]
    const length = b.readUInt16BE(i + 2)
    const startOfFrame =
      marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc
    if (startOfFrame) return { height: b.readUInt16BE(i + 5), width: b.readUInt16BE(i + 7) }
    i += 2 + length
  }
  return undefined
}

const EMU_PER_PIXEL = 9525
const MAX_HEIGHT_PX = 60
const MAX_WIDTH_PX = 240
const RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
const DRAWING_REL = `${RELS}/drawing`
const IMAGE_REL = `${RELS}/image`
const DRAWING_TYPE = 'application/vnd.openxmlformats-officedocument.drawing+xml'

function drawingXml(column: number, widthPx: number, heightPx: number): string {
  const cx = Math.round(widthPx * EMU_PER_PIXEL)
  const cy = Math.round(heightPx * EMU_PER_PIXEL)
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">' +
    '<xdr:oneCellAnchor>' +
    `<xdr:from><xdr:col>${column}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>0</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
    `<xdr:ext cx="${cx}" cy="${cy}"/>` +
    '<xdr:pic><xdr:nvPicPr><xdr:cNvPr id="2" name="Logo"/><xdr:cNvPicPr><a:picLocks noChangeAspect="1"/></xdr:cNvPicPr></xdr:nvPicPr>' +
    `<xdr:blipFill><a:blip xmlns:r="${RELS}" r:embed="rId1"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill>` +
    `<xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr>` +
    '</xdr:pic><xdr:clientData/></xdr:oneCellAnchor></xdr:wsDr>'
  )
}

/**
 * Anchors the logo at the top of `sheet`, starting at `column` (0-based). Returns false (and
 * changes nothing) when the bytes are not a readable PNG or JPEG.
 */
export function attachLogo(
  workbook: Workbook,
  sheet: WorksheetWriter,
  logo: LogoImage,
  column: number
): boolean {
  const size = imageSize(logo)
  if (!size || size.width === 0 || size.height === 0) return false
  const scale = Math.min(1, MAX_HEIGHT_PX / size.height, MAX_WIDTH_PX / size.width)

  const imageId = workbook.addImage({
    buffer: logo.buffer as unknown as ArrayBuffer,
    extension: logo.extension
  })
  const imageName = `image${imageId}.${logo.extension}`
  appendPart(
    workbook,
    'xl/drawings/drawing1.xml',
    drawingXml(column, size.width * scale, size.height * scale)
  )
  appendPart(
    workbook,
    'xl/drawings/_rels/drawing1.xml.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${IMAGE_REL}" Target="../media/${imageName}"/></Relationships>`
  )
  const rId = addSheetRelationship(sheet, {
    Target: '../drawings/drawing1.xml',
    Type: DRAWING_REL
  })
  afterRowBreaks(sheet, `<drawing r:id="${rId}"/>`)
  // The package must declare the drawing part's type, which the streaming writer does not know.
  rewritePart(workbook, '[Content_Types].xml', (xml) =>
    xml.replace(
      '</Types>',
      `<Override PartName="/xl/drawings/drawing1.xml" ContentType="${DRAWING_TYPE}"/></Types>`
    )
  )
  return true
}
