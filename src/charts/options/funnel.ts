import type { Kpis, RecommendationState } from '#contract'
import { ariaOption, emptyTitle } from './common'
import type { ChartOption, Translate } from './types'

/** Funnel stages: the recommendation KPI and the status a click filters the list by. */
export const FUNNEL_STAGES = [
  { stage: 'submitted', kpi: 'recSubmitted', status: 'submitted' },
  { stage: 'instructed', kpi: 'recInstructed', status: 'instructed' },
  { stage: 'forwarded', kpi: 'recForwarded', status: 'forwarded' },
  { stage: 'implemented', kpi: 'recImplemented', status: 'implemented' },
] as const satisfies readonly { stage: string; kpi: keyof Kpis; status: RecommendationState }[]

/** Dark enough for the white labels inside the funnel (contrast ≥ 4.5:1). */
const FUNNEL_COLOURS = ['#1e3a8a', '#1d4ed8', '#0e7490', '#0f7a3d']

export type FunnelKpis = Pick<Kpis, (typeof FUNNEL_STAGES)[number]['kpi']>

/**
 * The recommendation pipeline as a funnel in process order (not sorted by size: a later stage
 * can outnumber an earlier one within a period). A click's dataIndex indexes FUNNEL_STAGES.
 */
export function buildFunnelOption(kpis: FunnelKpis, t: Translate): ChartOption {
  const data = FUNNEL_STAGES.map((s, i) => ({
    name: t(`overview.charts.funnel.${s.stage}`),
    value: kpis[s.kpi],
    itemStyle: { color: FUNNEL_COLOURS[i] },
  }))
  const max = Math.max(0, ...data.map(d => d.value))
  return {
    aria: ariaOption(false),
    title: max === 0 ? emptyTitle(t) : undefined,
    tooltip: { trigger: 'item', formatter: '{b}: {c}' },
    series: [
      {
        type: 'funnel',
        name: t('overview.charts.recommendationFunnel'),
        sort: 'none',
        left: '10%',
        width: '80%',
        top: 8,
        bottom: 8,
        min: 0,
        max: Math.max(max, 1),
        // Wide enough at the narrow end for the stage name and count to sit inside.
        minSize: '40%',
        gap: 2,
        cursor: 'pointer',
        label: { show: true, position: 'inside', formatter: '{b} {c}', color: '#ffffff' },
        data,
      },
    ],
  }
}
