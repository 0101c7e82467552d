/**
 * Printing a page whose charts draw only as they scroll into view: while `printing` is on, every
 * lazy chart panel draws at once. The browser's own print command (Ctrl+P) turns it on through
 * `beforeprint`, too late for charts that draw asynchronously in that print, so the pages' Print
 * buttons use `printWhenReady`, which waits for the charts first.
 */
import { ref } from 'vue'

export const printing = ref(false)

let listening = false
/** Turns print mode on for the browser's own print command (once per page load). */
export function listenForPrint(): void {
  if (listening || typeof window === 'undefined') return
  listening = true
  window.addEventListener('beforeprint', () => {
    printing.value = true
  })
}

const nextFrame = () => new Promise<void>(resolve => requestAnimationFrame(() => resolve()))

/**
 * Draws every chart on the page, waits until `isReady()` (or `timeoutMs` passes: print what there
 * is rather than nothing), then opens the print dialog.
 */
export async function printWhenReady(isReady: () => boolean, timeoutMs = 5000): Promise<void> {
  printing.value = true
  const started = performance.now()
  while (!isReady() && performance.now() - started < timeoutMs) await nextFrame()
  await nextFrame()
  window.print()
}

/** True when every chart panel on the page has drawn its chart. */
export function chartPanelsDrawn(root: ParentNode = document): boolean {
  return [...root.querySelectorAll('.chart-panel__chart')].every(el => el.querySelector('svg') !== null)
}
