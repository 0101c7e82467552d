/// <reference types="vite/client" />
/**
 * Mock mode in the browser: generates the demo world for today (China time) and serves it from a
 * service worker. Started by the SPA before it mounts when the API mode is 'mock'.
 */
import { setupWorker } from 'msw/browser'
import { chinaToday } from '#contract'
import { generateWorld } from './generate'
import { createHandlers } from './handlers'

/** Starts the mock service worker; resolves once it intercepts requests. */
export async function startMockWorker(): Promise<void> {
  const world = generateWorld({ seed: 1, anchorDate: chinaToday() })
  const worker = setupWorker(...createHandlers(world))
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  })
}
