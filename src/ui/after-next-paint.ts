/**
 * Runs `work` once, just after the browser paints its next frame: a task queued from an animation
 * frame callback runs once that frame is done. A page that does not paint (a hidden tab) runs it
 * after a moment instead.
 */
export function afterNextPaint(work: () => void): void {
  let done = false
  const once = () => {
    if (done) return
    done = true
    work()
  }
  window.setTimeout(once, 200)
  window.requestAnimationFrame(() => {
    window.setTimeout(once, 0)
  })
}
