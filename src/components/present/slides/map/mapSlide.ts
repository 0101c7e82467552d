import { fetchCountyMap } from '@/api/countyMap'
import { fetchOverview } from '@/api/overview'
import { defineSlide } from '../shared/defineSlide'
import { loadSlideScope } from '../shared/slideScope'
import { frozenAsOf, slidePeriod } from '../shared/slidePeriod'
import MapSlide from './MapSlide.vue'
import { buildMapModel, describeMap, type MapSlideData } from './mapModel'

/** The county map: visits, enterprises reached and overdue per county-level division. */
export default defineSlide<MapSlideData>({
  kind: 'map',
  component: MapSlide,
  async load(filter, context) {
    // Every county is drawn; the chain filter narrows the numbers, the county filter only highlights.
    const [overview, scope, geo] = await Promise.all([
      fetchOverview(
        { chainId: filter.chainId, ...slidePeriod(context), ...frozenAsOf(context) },
        { masked: context.masked },
      ),
      loadSlideScope(filter),
      // The deployment's boundary map, or null (tiles); the same file for every filter and day.
      fetchCountyMap(),
    ])
    return { overview, scope, geo }
  },
  describe: (data, filter, options, t) => describeMap(buildMapModel(data, filter, options, t)),
})
