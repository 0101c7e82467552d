/**
 * What the server embeds in index.html for a signed-in page load (server/plugins/bootData.ts),
 * so the SPA paints its first screen without waiting on requests: who is signed in, the
 * reference names every screen shows and, on the Overview's address only, the Overview for the
 * address's filters. Each part is exactly the answer of its API route for this session; a part
 * the session may not read is left out, and the SPA then asks the route as before.
 */
import { z } from 'zod'
import { whoAmI } from './auth'
import { chain } from './entities'
import { county, department } from './reference'
import { analyticsQuery } from './queries'

export { BOOT_ELEMENT_ID } from './bootElement'

export const bootData = z.object({
  me: whoAmI.optional(),
  chains: z.array(chain).optional(),
  counties: z.array(county).optional(),
  departments: z.array(department).optional(),
  /** GET /api/overview for `query` (the address's filters as of the server's today); its body is checked where it is used. */
  overview: z.object({ query: analyticsQuery, body: z.unknown() }).optional(),
  /** Built JS files (URLs under the app's base) this page will import first: preloaded once the page has painted. */
  modules: z
    .array(z.string().regex(/^\/[\w./-]+\.js$/))
    .max(100)
    .optional(),
})
export type BootData = z.infer<typeof bootData>

/**
 * The JSON text of `data`, safe inside a `<script>` element: `<`, `>` and `&` are escaped so no
 * value can close the element or open a comment, and U+2028/U+2029 so older parsers that treat
 * them as line ends read the same text.
 */
export function bootJson(data: BootData): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}
