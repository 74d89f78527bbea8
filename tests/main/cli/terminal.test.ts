import { describe, expect, it } from 'vitest'
import {
  alignColumns,
  displayWidth,
  padDisplay,
  terminalJson,
  terminalSafe,
  terminalSafeSink
} from '../../../src/main/cli/terminal'

const ESC = '\u001b'
const BEL = '\u0007'

describe('terminalSafe', () => {
  it('removes the control characters of a retitle or clear-screen sequence, keeping the text', () => {
    expect(terminalSafe(`H100${ESC}]0;pwned${BEL}`)).toBe('H100]0;pwned')
    expect(terminalSafe(`${ESC}[2J${ESC}[HA100`)).toBe('[2J[HA100')
  })

  it('removes carriage return, DEL, 8-bit CSI and bidi overrides, but keeps tab and newline', () => {
    expect(terminalSafe('ok\rFAKE')).toBe('okFAKE')
    expect(terminalSafe('a\u007fb\u009bc')).toBe('abc')
    expect(terminalSafe('\u202egnp.exe\u202c x \u2066y\u2069')).toBe('gnp.exe x y')
    expect(terminalSafe('a\tb\nc')).toBe('a\tb\nc')
  })

  it('leaves ordinary and Chinese text untouched', () => {
    const text = 'Ascend 910B（昇腾）— 64 GB · ¥250,000'
    expect(terminalSafe(text)).toBe(text)
  })
})

describe('terminalJson', () => {
  it('escapes DEL, C1 and bidi controls so the JSON still parses to the same data', () => {
    const value = { name: `x\u007fy\u009b\u202e${ESC}z`, count: 2 }
    const json = terminalJson(value)
    // No raw control character is left (the code does not reuse its own pattern here).
    expect([...json].filter((char) => char.charCodeAt(0) < 0x20 && char !== '\n')).toEqual([])
    expect(json).not.toMatch(/[\u007f-\u009f\u202a-\u202e]/)
    expect(json).toContain('\\u007f')
    expect(json).toContain('\\u009b')
    expect(json).toContain('\\u202e')
    expect(JSON.parse(json)).toEqual(value)
  })

  it('is indented JSON for ordinary values', () => {
    expect(terminalJson({ a: [1] })).toBe('{\n  "a": [\n    1\n  ]\n}')
  })
})

describe('terminalSafeSink', () => {
  it('cleans both streams, keeps other members, and wraps only once', () => {
    const out: string[] = []
    const err: string[] = []
    const io = {
      out: (text: string) => out.push(text),
      err: (text: string) => err.push(text),
      cwd: '/w'
    }
    const safe = terminalSafeSink(io)
    safe.out(`a${ESC}b`)
    safe.err(`c${BEL}d`)
    expect(out).toEqual(['ab'])
    expect(err).toEqual(['cd'])
    expect(safe.cwd).toBe('/w')
    expect(terminalSafeSink(safe)).toBe(safe)
  })
})

describe('display width', () => {
  it.each([
    ['', 0],
    ['H100', 4],
    ['加速卡', 6],
    ['한국', 4],
    ['ＡＢ', 4],
    ['e\u0301', 1],
    ['a\u200bb', 2],
    ['😀', 2],
    ['𠀀', 2]
  ])('%j takes %d cells', (text, width) => {
    expect(displayWidth(text)).toBe(width)
  })

  it('pads by cells, never cutting a longer text', () => {
    expect(padDisplay('加速', 6)).toBe('加速  ')
    expect(padDisplay('H100', 6)).toBe('H100  ')
    expect(padDisplay('toolong', 3)).toBe('toolong')
  })

  it('aligns columns two spaces apart by display width and trims line ends', () => {
    const table = alignColumns([
      ['型号', 'GB', 'note'],
      ['H100', '80', ''],
      ['昇腾910B', '64', 'x']
    ])
    const lines = table.split('\n')
    expect(lines).toEqual(['型号      GB  note', 'H100      80', '昇腾910B  64  x'])
    // The second column starts at the same terminal cell on every line (型号 is 4 cells wide).
    const second = ['GB', '80', '64']
    expect(
      lines.map((line, index) => displayWidth(line.slice(0, line.indexOf(second[index]))))
    ).toEqual([10, 10, 10])
  })
})
