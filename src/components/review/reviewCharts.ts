/** The two charts of a review section (per month, per chain) with their titles, for the view, the DOCX and tests. */
import type { Chain, YearReview } from '#contract'
import { buildReviewByChainOption, buildReviewMonthlyOption } from '@/charts/options/review'
import type { ChartOption, LayoutOptions } from '@/charts/options/types'
import { chainLabel, monthLabel } from './reviewFormat'
import type { Translate } from './narrative'
import type { ReviewSection } from './reviewSections'

export interface ReviewChart {
  title: string
  option: ChartOption
}

/** The section's monthly trend and its comparison by chain (the latter only when more than one chain is shown). */
export function sectionCharts(
  review: YearReview,
  section: ReviewSection,
  chains: readonly Chain[],
  locale: string,
  t: Translate,
  layout: LayoutOptions = {},
): ReviewChart[] {
  const name = t(`review.sections.${section.id}`)
  // Months after the day judged have not happened yet: no bar and no point, rather than a zero.
  const lastMonth = review.asOf.slice(0, 7)
  const monthly = (key: ReviewSection['bars'][number]) =>
    review.byMonth.map(m => (m.month <= lastMonth ? m.kpis[key] : null))
  const bars = section.bars.map(key => ({ name: t(`review.metrics.${key}`), values: monthly(key) }))
  const amountKey = section.amountLine
  const amount = amountKey ? { name: t('review.charts.amount'), values: monthly(amountKey) } : undefined
  const trend: ReviewChart = {
    title: t('review.charts.monthly', { section: name }),
    option: buildReviewMonthlyOption(
      review.byMonth.map(m => monthLabel(m.month, locale)),
      bars,
      { count: t('review.charts.count'), amount: t('review.charts.amount') },
      amount,
      layout,
    ),
  }
  if (review.byChain.length < 2) return [trend]
  const chainBars = section.bars.map(key => ({
    name: t(`review.metrics.${key}`),
    values: review.byChain.map(c => c.kpis[key]),
  }))
  const byChain: ReviewChart = {
    title: t('review.charts.byChain', { section: name }),
    option: buildReviewByChainOption(
      review.byChain.map(c => chainLabel(chains, c.chainId, locale)),
      chainBars,
      layout,
    ),
  }
  return [trend, byChain]
}
