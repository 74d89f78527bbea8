/**
 * Runs `work` once the current frame has been painted: requestAnimationFrame fires before
 * the paint, the task queued from it runs after. Where there are no frames (a hidden window)
 * it still runs, from a plain task. Returns a cancel function (for an unmount before then).
 */
export function afterFirstPaint(work: () => void): () => void {
  let frame: number | undefined
  let task: ReturnType<typeof setTimeout> | undefined
  if (typeof requestAnimationFrame !== 'function' || document.visibilityState === 'hidden') {
    task = setTimeout(work, 0)
  } else {
    frame = requestAnimationFrame(() => {
      frame = undefined
      task = setTimeout(work, 0)
    })
  }
  return () => {
    if (frame !== undefined) cancelAnimationFrame(frame)
    clearTimeout(task)
  }
}
