import { fetchPipelineSnapshot } from '@/api/snapshots'
import { defineSlide } from '../shared/defineSlide'
import { loadSlideScope } from '../shared/slideScope'
import { slideDay } from '../shared/slidePeriod'
import PipelineSlide from './PipelineSlide.vue'
import { buildPipelineModel, describePipeline, type PipelineSlideData } from './pipelineModel'

/**
 * The recommendation pipeline: how many stand at each stage, and for how long, as they stood at
 * the end of the slide's day (a frozen pipeline keeps that day's stages). Recommendations carry no
 * county: the pipeline follows the chain filter only, like its page.
 */
export default defineSlide<PipelineSlideData>({
  kind: 'pipeline',
  component: PipelineSlide,
  async load(filter, context) {
    const day = slideDay(context)
    const [snapshot, scope] = await Promise.all([
      fetchPipelineSnapshot({ asOf: day, chainId: filter.chainId }, { masked: context.masked }),
      loadSlideScope({ chainId: filter.chainId }),
    ])
    return { day: snapshot.asOf, stages: snapshot.stages, finals: snapshot.finals, scope }
  },
  describe: (data, filter, options, t) => describePipeline(buildPipelineModel(data, filter, options, t)),
})
