/**
 * Resolves in a new browser task. After `afterNextPaint`, the browser has had the chance to paint
 * the static header in index.html before the app's heavier scripts evaluate; `nextTask` alone
 * ends the current task so a long start-up becomes several short ones (Total Blocking Time).
 */
export function nextTask(): Promise<void> {
  return new Promise(resolve => setTimeout(resolve, 0))
}

/** Resolves in the first task after the next frame has been produced. */
export function afterNextPaint(): Promise<void> {
  if (typeof requestAnimationFrame !== 'function' || document.visibilityState === 'hidden') return nextTask()
  return new Promise(resolve => requestAnimationFrame(() => setTimeout(resolve, 0)))
}
