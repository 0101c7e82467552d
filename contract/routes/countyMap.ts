/** The deployment's county boundary map (issue 11 §6): its GeoJSON, or 204 when it has none. */
import { COUNTY_MAP_PATH, countyMapGeo } from '../countyMap'
import { route } from './route'

export const countyMapRoutes = {
  map: route({
    method: 'GET',
    path: COUNTY_MAP_PATH,
    status: 200,
    response: countyMapGeo,
    errors: [],
    access: 'signedIn',
    display: true,
    tag: 'reference',
    description:
      'The configured county GeoJSON (MAP_GEOJSON), or 204 No Content when none is: one request says whether a map exists and what it is. A display link reads it when its playlist has a map slide.',
  }),
}
