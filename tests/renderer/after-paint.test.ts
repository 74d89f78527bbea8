import { afterEach, describe, expect, it, vi } from 'vitest'
import { afterFirstPaint } from '@renderer/lib/after-paint'

describe('afterFirstPaint', () => {
  afterEach(() => vi.useRealTimers())

  it('runs the work in a task after the next frame, not before', () => {
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame']
    })
    const work = vi.fn()
    afterFirstPaint(work)
    vi.advanceTimersByTime(0)
    expect(work).not.toHaveBeenCalled() // no frame yet
    vi.advanceTimersToNextFrame()
    expect(work).not.toHaveBeenCalled() // the frame is being painted
    vi.advanceTimersByTime(1) // fake timers run a 0 ms timeout 1 ms later
    expect(work).toHaveBeenCalledTimes(1)
  })

  it('cancelled before the frame or before the task, the work never runs', () => {
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame']
    })
    const early = vi.fn()
    afterFirstPaint(early)()
    const late = vi.fn()
    const cancelLate = afterFirstPaint(late)
    vi.advanceTimersToNextFrame()
    cancelLate()
    vi.advanceTimersByTime(100)
    expect(early).not.toHaveBeenCalled()
    expect(late).not.toHaveBeenCalled()
  })
})
