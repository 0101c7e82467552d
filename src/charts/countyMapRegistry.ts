/**
 * The map part of the ECharts registry, apart from the one in ./registry.ts: only a deployment
 * with an approved county map (MAP_GEOJSON) draws one, so MapChart (with the geo component it
 * installs) and the map's coordinates load in their own lazy chunk, imported only by the county
 * map components, and the charts every Overview draws do not grow.
 */
import { registerMap, use } from 'echarts/core'
import { MapChart } from 'echarts/charts'
import type { CountyMapGeo } from '#contract'
import './registry'
import { COUNTY_MAP_NAME } from './options/countyMap'

use([MapChart])

let registered: CountyMapGeo | undefined

/** Registers the configured map under COUNTY_MAP_NAME (once per file: the SPA fetches it once). */
export function registerCountyMap(geo: CountyMapGeo): void {
  if (registered === geo) return
  // ECharts' GeoJSON type is stricter about `properties` than the contract's loose schema.
  registerMap(COUNTY_MAP_NAME, geo as unknown as Parameters<typeof registerMap>[1])
  registered = geo
}
