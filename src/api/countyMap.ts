/**
 * The deployment's county boundary map (MAP_GEOJSON), or null when it has none (the server and the
 * mock answer 204): the county view then stays the tiles. Fetched once per page load and kept — the
 * file does not change while the server runs — so the Overview and the map slide share one request.
 */
import { countyMapRoutes, type CountyMapGeo } from '#contract'
import { checkJson, http } from './http'

let pending: Promise<CountyMapGeo | null> | undefined

/** Read directly rather than through call(): its 204 is an answer (no map), not a missing body. */
async function load(): Promise<CountyMapGeo | null> {
  const { path, response } = countyMapRoutes.map
  const res = await http.get(path)
  if (res.status === 204) return null
  return checkJson(path, response, res.status, res.data)
}

/** The configured county map, or null. A failed request is not kept, so the next call retries. */
export function fetchCountyMap(): Promise<CountyMapGeo | null> {
  pending ??= load().catch((err: unknown) => {
    pending = undefined
    throw err
  })
  return pending
}

/** Forgets the kept map (tests; a new sign-in keeps it, as it is the same for every user). */
export function forgetCountyMap(): void {
  pending = undefined
}
