/// <reference types="vite/client" />
/**
 * Mock mode in the browser: generates the demo world, replays the changes saved in localStorage
 * on top of it, and serves it from a service worker. Started by the SPA before it mounts when the
 * API mode is 'mock'. The world keeps the anchor date it was first generated for as long as
 * changes are saved on it, so they keep fitting; today moves on with the real clock.
 */
import { setupWorker } from 'msw/browser'
import { chinaToday } from '#contract'
import { generateWorld } from './generate'
import { handlersFor } from './handlers'
import { createPersistentMockApi } from './persist/persistentApi'
import { clearOverlay } from './persist/storage'

/** Starts the mock service worker; resolves once it intercepts requests. */
export async function startMockWorker(): Promise<void> {
  const api = createPersistentMockApi({
    storage: localStorage,
    generate: anchorDate => generateWorld({ seed: 1, anchorDate: anchorDate ?? chinaToday() }),
    today: () => chinaToday(),
  })
  const worker = setupWorker(...handlersFor(api, import.meta.env.BASE_URL))
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  })
}

/**
 * Forgets everything done in mock mode (records, audit, sessions, changed passwords): reload the
 * page afterwards to start again from the generated demo world, signed out.
 */
export function resetDemoData(): void {
  clearOverlay(localStorage)
}
