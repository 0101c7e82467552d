/**
 * The seams that keep the API layer free of UI, stores and the router (DESIGN.md, conventions 2),
 * set by the app and read by the HTTP client (http.ts): when requests may leave, what a 401 means,
 * display-screen and background modes. Plain state without axios, so the app's start-up can set
 * them before the client itself has loaded.
 */
let requestsReady: Promise<unknown> = Promise.resolve()

/**
 * Makes every request wait for `ready` (the runtime config and, in mock mode, the service worker):
 * the router's first navigation asks who is signed in before either exists. A failed `ready`
 * does not block requests; they go out with the build defaults.
 */
export function holdRequestsUntil(ready: Promise<unknown>): void {
  requestsReady = ready.catch(() => undefined)
}

/** URLs whose 401 is an answer, not an expired session: wrong credentials, or "nobody is signed in". */
const AUTH_PROBES = ['/api/auth/login', '/api/auth/me']

let unauthorizedHandler: (() => void) | undefined

/** Registers what happens when the API says the session is gone (any 401 except the auth probes). */
export function onUnauthorized(handler: (() => void) | undefined): void {
  unauthorizedHandler = handler
}

let displayMode = false
let displayRevokedHandler: (() => void) | undefined

/**
 * While a display screen authenticates with a display token, a 401 means "this link was revoked":
 * `onRevoked` runs instead of the sign-out handler, so the screen never falls to the sign-in page.
 */
export function setDisplayMode(on: boolean, onRevoked?: () => void): void {
  displayMode = on
  displayRevokedHandler = on ? onRevoked : undefined
}

let background = false

/**
 * While on, every request says it is a background refresh (`X-Background: 1`), which the server
 * does not count as the user's activity, so a screen left refreshing does not keep a session from
 * idling out. The presentation player turns it on once its slides are first loaded.
 */
export function setBackgroundRefresh(on: boolean): void {
  background = on
}

/** Resolves when requests may leave (see holdRequestsUntil). */
export function requestsMayLeave(): Promise<unknown> {
  return requestsReady
}

/** Runs the 401 handler for a request to `url` (the display screen's, or the sign-out one), except for the auth probes. */
export function reportUnauthorized(url: string): void {
  if (AUTH_PROBES.some(p => url.endsWith(p))) return
  ;(displayMode ? displayRevokedHandler : unauthorizedHandler)?.()
}

/** Whether requests go out marked as background refreshes. */
export function isBackgroundRefresh(): boolean {
  return background
}
