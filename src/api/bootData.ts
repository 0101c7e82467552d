/**
 * What the page's HTML carried (server/plugins/bootData.ts, contract/boot.ts): the answers of
 * /api/auth/me, the reference lists and, on the Overview, /api/overview, so the first screen
 * paints without waiting on requests. Each part is handed out once, to the API function that
 * would otherwise have asked for it; later calls ask the server as usual. The JSON is parsed, not
 * evaluated, and every part passes its route's schema before it is used.
 */
import { BOOT_ELEMENT_ID, whoAmI, type BootData, type WhoAmI } from '#contract'

let carried: Partial<BootData> | undefined

/** The element's JSON, read once; a page without it, or with broken JSON, carries nothing. */
function boot(): Partial<BootData> {
  if (carried) return carried
  carried = {}
  const element = typeof document === 'undefined' ? null : document.getElementById(BOOT_ELEMENT_ID)
  try {
    if (element?.textContent) carried = JSON.parse(element.textContent) as Partial<BootData>
  } catch {
    // A page cut short in transit: the app asks the API instead.
  }
  return carried
}

/**
 * Whether the server that sent this page embedded its data: then it is this app's API, on this
 * origin (it embeds nothing for a build configured for the mock or another API's address).
 */
export function pageCarriesBootData(): boolean {
  return typeof document !== 'undefined' && document.getElementById(BOOT_ELEMENT_ID) !== null
}

/** The part the page carried, once: a second call (a reload of the data) returns undefined. */
export function takeBootPart<K extends keyof BootData>(part: K): BootData[K] | undefined {
  const data = boot()
  const value = data[part]
  delete data[part]
  return value
}

/** Forgets what the page carried (tests, and a sign-out: the next user's answers are not these). */
export function forgetBootData(): void {
  carried = {}
}

/**
 * Who is signed in, as the page carried it (GET /api/auth/me's answer), once and only when it
 * passes the route's schema. Synchronous and without the HTTP client: the session store answers
 * the first navigation's guard from it before the client's chunk has loaded.
 */
export function takeCarriedSession(): WhoAmI | undefined {
  const carried = whoAmI.safeParse(takeBootPart('me'))
  return carried.success ? carried.data : undefined
}
