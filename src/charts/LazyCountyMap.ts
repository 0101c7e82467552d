import { defineAsyncComponent } from 'vue'

/**
 * The Overview's county choropleth, loaded only when a deployment has a map (MAP_GEOJSON): its
 * chunk holds ECharts' map chart. Props { geo, data, label, height? }, emits `county-click`.
 */
export const LazyCountyMap = defineAsyncComponent(() => import('./CountyMapChart.vue'))
