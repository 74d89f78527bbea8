/** api/settings-feed.ts: the web host's settings long poll, edges beyond settings-sync.test.ts. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { watchSettingsOverWeb, WATCH_RETRY_MS } from '@renderer/api/settings-feed'
import type { SettingsChangePayload } from '@shared/ipc/contracts/document'
import { defaultSettings } from '@shared/schema/settings'

beforeEach(() => vi.useFakeTimers())
afterEach(() => vi.useRealTimers())

const change = (revision: number): SettingsChangePayload => ({
  revision,
  settings: defaultSettings()
})

/** A host answering each watch from `answers` (an Error rejects; none left: never answers). */
function host(answers: (SettingsChangePayload | Error)[]) {
  const asked: number[] = []
  return {
    asked,
    watchSettings: ({ after }: { after: number }) => {
      asked.push(after)
      const answer = answers.shift()
      if (answer === undefined) return new Promise<SettingsChangePayload>(() => undefined)
      return answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer)
    }
  }
}

describe('watchSettingsOverWeb', () => {
  it('a poll that times out with the same revision is no change, and polling goes on', async () => {
    const api = host([change(3), change(3), change(4)])
    const heard: number[] = []
    const stop = watchSettingsOverWeb(api, 3, (c) => heard.push(c.revision))
    await vi.advanceTimersByTimeAsync(0)
    expect(heard).toEqual([4])
    expect(api.asked).toEqual([3, 3, 3, 4])
    stop()
  })

  it('retries after the default wait, not before', async () => {
    const api = host([new Error('down'), change(1)])
    const heard: number[] = []
    const stop = watchSettingsOverWeb(api, 0, (c) => heard.push(c.revision))
    await vi.advanceTimersByTimeAsync(WATCH_RETRY_MS - 1)
    expect(api.asked).toEqual([0])
    await vi.advanceTimersByTimeAsync(1)
    expect(heard).toEqual([1])
    stop()
  })

  it('stopped while waiting to retry: asks no more', async () => {
    const api = host([new Error('down'), change(1)])
    const stop = watchSettingsOverWeb(api, 0, () => undefined, 500)
    await vi.advanceTimersByTimeAsync(0)
    stop()
    await vi.advanceTimersByTimeAsync(5_000)
    expect(api.asked).toEqual([0])
  })

  it('stopped while a poll is out: its answer is dropped and nothing more is asked', async () => {
    let answer: (value: SettingsChangePayload) => void = () => undefined
    const asked: number[] = []
    const heard: number[] = []
    const stop = watchSettingsOverWeb(
      {
        watchSettings: ({ after }) => {
          asked.push(after)
          return new Promise((resolve) => (answer = resolve))
        }
      },
      7,
      (c) => heard.push(c.revision)
    )
    stop()
    answer(change(8))
    await vi.advanceTimersByTimeAsync(0)
    expect(heard).toEqual([])
    expect(asked).toEqual([7])
  })
})
