/**
 * The four parts of the year in review, as data: which KPIs each shows, how each is formatted, and
 * which go into its charts. The view, the narrative, the DOCX and the tests all read this one list.
 */
import type { Kpis } from '#contract'
import type { MessageSchema } from '@/locales/messageKeys'

export type ReviewSectionId = 'visits' | 'bottlenecks' | 'outcomes' | 'recommendations'
export type MetricFormat = 'number' | 'percent' | 'cny'
/** A KPI the review can show: a number with a label under `review.metrics`. */
export type ReviewMetricKey = Exclude<keyof Kpis, 'resolvedByType'> & keyof MessageSchema['review']['metrics']

export interface ReviewMetric {
  key: ReviewMetricKey
  format: MetricFormat
}

export interface ReviewSection {
  id: ReviewSectionId
  /** The figures shown as cards and as the columns of the section's tables. */
  metrics: ReviewMetric[]
  /** Counts drawn as bars per month and per chain. */
  bars: ReviewMetricKey[]
  /** An amount drawn as a line on a second axis of the monthly chart (in 10,000 CNY). */
  amountLine?: ReviewMetricKey
}

const n = (key: ReviewMetricKey): ReviewMetric => ({ key, format: 'number' })
const pct = (key: ReviewMetricKey): ReviewMetric => ({ key, format: 'percent' })

export const REVIEW_SECTIONS: readonly ReviewSection[] = [
  {
    id: 'visits',
    metrics: [n('visits'), n('oneOnOneVisits'), n('forums'), n('enterprisesVisited'), pct('coverage')],
    bars: ['visits', 'forums'],
  },
  {
    id: 'bottlenecks',
    metrics: [
      n('bottlenecksRaised'),
      n('bottlenecksAccepted'),
      n('bottlenecksResolved'),
      pct('resolutionRate'),
      pct('onTimeRate'),
      pct('satisfactionRate'),
    ],
    bars: ['bottlenecksRaised', 'bottlenecksResolved'],
  },
  {
    id: 'outcomes',
    metrics: [n('ordersWon'), { key: 'ordersAmountCny', format: 'cny' }, n('marketsOpened')],
    bars: ['ordersWon', 'marketsOpened'],
    amountLine: 'ordersAmountCny',
  },
  {
    id: 'recommendations',
    // Implemented of those forwarded in the year, the implementation rate's own numerator: the year's
    // implementations (recImplemented) include items forwarded earlier and beside the rate contradict it.
    metrics: [
      n('recSubmitted'),
      n('recInstructed'),
      n('recForwarded'),
      n('recForwardedImplemented'),
      pct('implementationRate'),
    ],
    bars: ['recInstructed', 'recForwarded', 'recForwardedImplemented'],
  },
]
