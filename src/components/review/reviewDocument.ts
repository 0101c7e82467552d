/**
 * The report as one plain model — heading, intro, and per section its sentences, figures, charts
 * and tables — built once from the API's numbers and rendered by the DOCX export (and tested
 * without a DOM).
 */
import type { Chain, YearReview } from '#contract'
import type { ChartOption } from '@/charts/options/types'
import { formatDate } from '@/composables/formatters'
import { buildNarrative, introText, type Translate } from './narrative'
import { sectionCharts } from './reviewCharts'
import { formatMetric } from './reviewFormat'
import { REVIEW_SECTIONS } from './reviewSections'
import { byChainTable, byMonthTable, type ReviewTable } from './reviewTables'

export interface ReviewDocumentSection {
  title: string
  sentences: string[]
  figures: { label: string; value: string }[]
  charts: { title: string; option: ChartOption }[]
  tables: ReviewTable[]
}

export interface ReviewDocument {
  heading: string
  intro: string
  sections: ReviewDocumentSection[]
}

/** The whole report in the locale. */
export function reviewDocument(
  review: YearReview,
  chains: readonly Chain[],
  locale: string,
  t: Translate,
): ReviewDocument {
  const narrative = buildNarrative(review, chains, locale, t)
  return {
    heading: t('review.heading', { year: review.year }),
    intro: introText(review, chains, locale, t, d => formatDate(d, locale)),
    sections: REVIEW_SECTIONS.map(section => ({
      title: t(`review.sections.${section.id}`),
      sentences: narrative[section.id],
      figures: section.metrics.map(m => ({
        label: t(`review.metrics.${m.key}`),
        value: formatMetric(review.total[m.key], m.format, locale),
      })),
      charts: sectionCharts(review, section, chains, locale, t),
      tables: [
        ...(review.byChain.length > 1 ? [byChainTable(review, section, chains, locale, t)] : []),
        byMonthTable(review, section, locale, t),
      ],
    })),
  }
}
