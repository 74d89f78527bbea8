import { describe, expect, it } from 'vitest'
import {
  CHANNELS,
  CHANNEL_NAMES,
  MAX_REQUEST_BYTES,
  isChannelName
} from '../../../src/shared/ipc/channels'
import { DOCUMENT_CHANNELS } from '../../../src/shared/ipc/channels/document'
import { INVENTORY_CHANNELS } from '../../../src/shared/ipc/channels/inventory'
import { QUOTE_CHANNELS } from '../../../src/shared/ipc/channels/quote'
import { REPORT_CHANNELS } from '../../../src/shared/ipc/channels/report'
import { CALIBRATION_CHANNELS } from '../../../src/shared/ipc/channels/calibration'

const AREAS = [
  DOCUMENT_CHANNELS,
  INVENTORY_CHANNELS,
  QUOTE_CHANNELS,
  REPORT_CHANNELS,
  CALIBRATION_CHANNELS
]

describe('the channel list', () => {
  it('holds every area’s channels under the same method names', () => {
    for (const area of AREAS)
      for (const [method, channel] of Object.entries(area))
        expect(CHANNELS[method as keyof typeof CHANNELS], method).toBe(channel)
  })

  it('no area’s method name hides another’s (the spread would silently keep the last)', () => {
    const methods = AREAS.flatMap((area) => Object.keys(area))
    expect(new Set(methods).size).toBe(methods.length)
    const count = 4 + methods.length // app.info, app.setLocale, calc.estimate, catalog.get
    expect(Object.keys(CHANNELS)).toHaveLength(count)
  })

  it('channel names are unique and `area.action` shaped', () => {
    expect(new Set(CHANNEL_NAMES).size).toBe(CHANNEL_NAMES.length)
    for (const name of CHANNEL_NAMES) expect(name).toMatch(/^[a-z][A-Za-z]*(\.[a-z][A-Za-z]*)+$/)
    expect(CHANNEL_NAMES).toEqual(Object.values(CHANNELS))
  })

  it('isChannelName accepts exactly the listed names', () => {
    for (const name of CHANNEL_NAMES) expect(isChannelName(name), name).toBe(true)
    // A method name is not a channel name, nor a near miss, nor a non-string.
    for (const value of [
      'estimate',
      'calc.Estimate',
      'calc.estimate ',
      '',
      'app',
      null,
      42,
      ['app.info']
    ])
      expect(isChannelName(value), String(value)).toBe(false)
  })

  it('requests may be up to 64 MiB of JSON', () => {
    expect(MAX_REQUEST_BYTES).toBe(64 * 1024 * 1024)
  })
})
