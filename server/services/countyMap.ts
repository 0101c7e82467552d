/**
 * Reads the deployment's county map (MAP_GEOJSON) once at start. A file that is missing or does not
 * hold what contract/countyMap.ts describes stops the start with a message naming the problem: a
 * map that silently fails to draw in the meeting room is worse than a server that says why.
 */
import { readFileSync } from 'node:fs'
import { countyMapGeo } from '#contract'

/** The file's GeoJSON, checked and re-serialised compactly, ready to send. */
export function loadCountyMap(file: string): string {
  let raw: unknown
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'))
  } catch (err) {
    throw new Error(`MAP_GEOJSON: cannot read "${file}" as JSON: ${(err as Error).message}`, { cause: err })
  }
  const parsed = countyMapGeo.safeParse(raw)
  if (!parsed.success) {
    const first = parsed.error.issues[0]!
    throw new Error(
      `MAP_GEOJSON: "${file}" is not a county FeatureCollection (each feature needs properties.code, one of our county codes, and a Polygon or MultiPolygon): ${first.path.join('.')}: ${first.message}`,
    )
  }
  return JSON.stringify(parsed.data)
}
