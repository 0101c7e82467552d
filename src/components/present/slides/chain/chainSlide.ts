import { fetchChain } from '@/api/enterprises'
import { fetchOverview } from '@/api/overview'
import { defineSlide } from '../shared/defineSlide'
import { loadSlideScope } from '../shared/slideScope'
import { frozenAsOf, slideDay, slidePeriod } from '../shared/slidePeriod'
import ChainSlide from './ChainSlide.vue'
import { buildChainModel, describeChain, type ChainSlideData } from './chainModel'

/** One chain: its leaders, this year's targets against actuals, and its last 12 months. */
export default defineSlide<ChainSlideData>({
  kind: 'chain',
  component: ChainSlide,
  async load(filter, context) {
    if (filter.chainId === undefined) throw new Error('a chain slide needs filter.chainId')
    const day = slideDay(context)
    const scope = { chainId: filter.chainId, county: filter.county }
    const read = { masked: context.masked }
    const [chain, overview, yearToDate, names] = await Promise.all([
      fetchChain(filter.chainId, read),
      fetchOverview({ ...scope, ...slidePeriod(context), ...frozenAsOf(context) }, read),
      fetchOverview({ ...scope, from: `${day.slice(0, 4)}-01-01`, to: day, ...frozenAsOf(context) }, read),
      loadSlideScope({ county: filter.county }),
    ])
    return { chain, overview, yearToDate, day, county: names.county }
  },
  describe: (data, filter, options, t) => describeChain(buildChainModel(data, filter, options, t), t),
})
