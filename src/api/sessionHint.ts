/**
 * A hint, kept in localStorage, that this browser had a session when it last asked. The session
 * cookie is httpOnly, so the entry script cannot see it; the Overview prefetch
 * (overviewPrefetch.ts) asks this hint instead, so a signed-out visitor sends no data request
 * (its 401 was a console error on every sign-in page) while a signed-in user's KPI numbers still
 * start loading before the app boots. It is only a hint: the server decides, and a stale one
 * costs one refused prefetch, after which the session check clears it.
 */
const KEY = 'chain.sessionHint'

/** Notes whether someone is signed in now (called by the session store whenever it learns). */
export function rememberSignedIn(signedIn: boolean): void {
  try {
    if (signedIn) localStorage.setItem(KEY, '1')
    else localStorage.removeItem(KEY)
  } catch {
    // Storage off (private mode, quota): the prefetch then just waits for the app, as signed out.
  }
}

/** True when the last thing this browser knew was that someone was signed in. */
export function probablySignedIn(): boolean {
  try {
    return localStorage.getItem(KEY) === '1'
  } catch {
    return false
  }
}
