#!/usr/bin/env node
/**
 * Draws the app icon (a 512×512 PNG: a chip on a blue tile) without any image tooling, so it
 * can be regenerated anywhere. electron-builder derives .ico and .icns from it.
 */
import { writeFileSync } from 'node:fs'
import { deflateSync } from 'node:zlib'

const SIZE = 512
const pixels = Buffer.alloc(SIZE * SIZE * 4)

function inRoundedRect(x, y, x0, y0, x1, y1, r) {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false
  const cx = Math.min(Math.max(x, x0 + r), x1 - r)
  const cy = Math.min(Math.max(y, y0 + r), y1 - r)
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r
}

for (let y = 0; y < SIZE; y++) {
  for (let x = 0; x < SIZE; x++) {
    let color = [0, 0, 0, 0]
    if (inRoundedRect(x, y, 16, 16, 495, 495, 96)) color = [24, 96, 200, 255]
    const pin =
      (x > 150 && x < 362 && (x - 150) % 42 < 18) || (y > 150 && y < 362 && (y - 150) % 42 < 18)
    if (pin && inRoundedRect(x, y, 96, 96, 415, 415, 8)) color = [200, 220, 245, 255]
    if (inRoundedRect(x, y, 140, 140, 371, 371, 28)) color = [235, 242, 252, 255]
    if (inRoundedRect(x, y, 196, 196, 315, 315, 16)) color = [24, 96, 200, 255]
    pixels.set(color, (y * SIZE + x) * 4)
  }
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})
function crc32(buffer) {
  let c = 0xffffffff
  for (const byte of buffer) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}
function chunk(type, data) {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}
const header = Buffer.alloc(13)
header.writeUInt32BE(SIZE, 0)
header.writeUInt32BE(SIZE, 4)
header.set([8, 6, 0, 0, 0], 8)
const raw = Buffer.alloc(SIZE * (SIZE * 4 + 1))
for (let y = 0; y < SIZE; y++)
  pixels.copy(raw, y * (SIZE * 4 + 1) + 1, y * SIZE * 4, (y + 1) * SIZE * 4)
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0))
])
writeFileSync(new URL('../resources/icons/icon.png', import.meta.url), png)
console.log(`resources/icons/icon.png: ${png.length} bytes`)
