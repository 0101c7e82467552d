import type { RecommendationState } from '#contract'
import { fetchRecommendations } from '@/api/recommendations'
import { PIPELINE_FINAL_STATES, PIPELINE_STATES } from '@/components/workflow/pipeline'
import { defineSlide } from '../shared/defineSlide'
import { loadSlideScope } from '../shared/slideScope'
import { slideDay } from '../shared/slidePeriod'
import PipelineSlide from './PipelineSlide.vue'
import { buildPipelineModel, describePipeline, type PipelineSlideData } from './pipelineModel'

/** Recommendations carry no county: the pipeline follows the chain filter only, like its page. */
async function loadStage(state: RecommendationState, chainId: number | undefined, pageSize: number) {
  const page = await fetchRecommendations({ status: [state], chainId, pageSize, sort: 'statusSince' })
  return { state, total: page.total, items: page.items.map(r => ({ id: r.id, title: r.title, statusSince: r.statusSince })) }
}

/** The recommendation pipeline: how many stand at each stage, and for how long. */
export default defineSlide<PipelineSlideData>({
  kind: 'pipeline',
  component: PipelineSlide,
  async load(filter, context) {
    const [stages, finals, scope] = await Promise.all([
      Promise.all(PIPELINE_STATES.map(s => loadStage(s, filter.chainId, 200))),
      Promise.all(PIPELINE_FINAL_STATES.map(async s => ({ state: s, total: (await loadStage(s, filter.chainId, 1)).total }))),
      loadSlideScope({ chainId: filter.chainId }),
    ])
    return { day: slideDay(context), stages, finals, scope }
  },
  describe: (data, filter, options, t) => describePipeline(buildPipelineModel(data, filter, options, t)),
})
