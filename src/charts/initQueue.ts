/**
 * Chart initialisation one at a time, each in its own task: several charts mounting together
 * would otherwise block the main thread in one long task (Total Blocking Time).
 */
const queue: (() => void)[] = []
let running = false

function nextSlot(cb: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(cb, { timeout: 200 })
  else setTimeout(cb, 0)
}

function drain(): void {
  const task = queue.shift()
  if (!task) {
    running = false
    return
  }
  task()
  nextSlot(drain)
}

/** Runs `task` after the charts queued before it, yielding to the browser in between. */
export function scheduleChartInit(task: () => void): void {
  queue.push(task)
  if (!running) {
    running = true
    nextSlot(drain)
  }
}
