import { fetchOverview, fetchTrends } from '@/api/overview'
import { defineSlide } from '../shared/defineSlide'
import { loadSlideScope } from '../shared/slideScope'
import { frozenAsOf, slidePeriod, trendPeriod } from '../shared/slidePeriod'
import OverviewSlide from './OverviewSlide.vue'
import { buildOverviewModel, describeOverview, type OverviewSlideData } from './overviewModel'

/** The prefecture overview: headline KPIs for the last 12 months (or to the frozen date) and a trend. */
export default defineSlide<OverviewSlideData>({
  kind: 'overview',
  component: OverviewSlide,
  async load(filter, context) {
    const scope = { chainId: filter.chainId, county: filter.county }
    const [overview, trends, names] = await Promise.all([
      fetchOverview({ ...scope, ...slidePeriod(context), ...frozenAsOf(context) }, { masked: context.masked }),
      fetchTrends({ ...scope, ...trendPeriod(context), ...frozenAsOf(context) }, { masked: context.masked }),
      loadSlideScope(filter),
    ])
    return { overview, trends, scope: names }
  },
  describe: (data, filter, options, t) => describeOverview(buildOverviewModel(data, filter, options, t)),
})
