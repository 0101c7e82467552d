/**
 * A section's numbers as tables (per chain with the selection's total, and per month): what the
 * view shows under each chart, what the DOCX writes, and the text alternative of the charts.
 */
import type { Chain, YearReview } from '#contract'
import { chainLabel, formatMetric, monthLabel } from './reviewFormat'
import type { Translate } from './narrative'
import type { ReviewSection } from './reviewSections'

export interface ReviewTable {
  caption: string
  head: string[]
  rows: string[][]
  note?: string
}

/** The section's metrics per chain, then the total of the selection. */
export function byChainTable(
  review: YearReview,
  section: ReviewSection,
  chains: readonly Chain[],
  locale: string,
  t: Translate,
): ReviewTable {
  const cells = (kpis: YearReview['total']) => section.metrics.map(m => formatMetric(kpis[m.key], m.format, locale))
  return {
    caption: t('review.table.byChainCaption', { section: t(`review.sections.${section.id}`) }),
    head: [t('review.table.chain'), ...section.metrics.map(m => t(`review.metrics.${m.key}`))],
    rows: [
      ...review.byChain.map(c => [chainLabel(chains, c.chainId, locale), ...cells(c.kpis)]),
      [t('review.table.total'), ...cells(review.total)],
    ],
    // Several chains share enterprises and recommendations: say why the total is not the column's sum.
    note: review.chainIds.length !== 1 ? t('review.table.distinctNote') : undefined,
  }
}

/** The section's metrics per month of the year, up to the month of asOf (later months have not happened yet). */
export function byMonthTable(review: YearReview, section: ReviewSection, locale: string, t: Translate): ReviewTable {
  const months = review.byMonth.filter(m => m.month <= review.asOf.slice(0, 7))
  return {
    caption: t('review.table.byMonthCaption', { section: t(`review.sections.${section.id}`) }),
    head: [t('review.table.month'), ...section.metrics.map(m => t(`review.metrics.${m.key}`))],
    rows: months.map(m => [
      monthLabel(m.month, locale),
      ...section.metrics.map(x => formatMetric(m.kpis[x.key], x.format, locale)),
    ]),
  }
}
