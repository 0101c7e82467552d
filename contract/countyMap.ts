/**
 * The county boundary map a deployment may configure (issue 11 §6, DESIGN.md "Maps"). China requires
 * published maps to use approved map data (审图号), so the app ships none: the county tiles are the
 * default, and `MAP_GEOJSON` points the server at an approved GeoJSON file, which
 * `GET /api/map/counties.geojson` serves (204 No Content when none is configured).
 *
 * The file is a FeatureCollection of Polygon or MultiPolygon features, each naming its county in
 * `properties.code` with our county codes (`yanji`, `tumen`, `dunhua`, `hunchun`, `longjing`,
 * `helong`, `wangqing`, `antu`); other properties are kept and ignored. Labels come from our own
 * county names in the reader's language, never from the file.
 */
import { z } from 'zod'
import { countyCode } from './reference'

/** Where the SPA and a display screen read the configured map. */
export const COUNTY_MAP_PATH = '/api/map/counties.geojson'

/** The feature property that must carry our county code. */
export const COUNTY_MAP_CODE_PROPERTY = 'code'

const position = z.array(z.number()).min(2)
const ring = z.array(position).min(4)

const geometry = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Polygon'), coordinates: z.array(ring).min(1) }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(ring).min(1)).min(1) }),
])

const feature = z.looseObject({
  type: z.literal('Feature'),
  properties: z.looseObject({ [COUNTY_MAP_CODE_PROPERTY]: countyCode }),
  geometry,
})

/** A county map file: one or more features per county, each naming its county by code. */
export const countyMapGeo = z.looseObject({
  type: z.literal('FeatureCollection'),
  features: z.array(feature).min(1),
})
export type CountyMapGeo = z.infer<typeof countyMapGeo>
