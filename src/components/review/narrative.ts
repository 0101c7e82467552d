/**
 * The review's prose: a few sentences per section written from the numbers, in the manner of an
 * annual work report ("In 2026 the programme held N visits…"). Pure, so it is unit-tested and the
 * view and the DOCX say exactly the same thing.
 */
import type { Chain, YearReview } from '#contract'
import { chainLabel, formatMetric } from './reviewFormat'
import { REVIEW_SECTIONS, type ReviewMetricKey, type ReviewSectionId } from './reviewSections'
import type { MessageKey } from '@/locales/messageKeys'

export type Translate = (key: MessageKey, values?: Record<string, unknown>) => string

/** The measure each section names its leading chain by. */
const LEADER_METRIC: Record<ReviewSectionId, ReviewMetricKey> = {
  visits: 'visits',
  bottlenecks: 'bottlenecksResolved',
  outcomes: 'ordersAmountCny',
  recommendations: 'recInstructed',
}

/**
 * Who the report is about: the chains the CPPCC leads (all of them, counted: not "every chain of
 * the prefecture", which the programme does not cover), or the selected chains by name.
 */
export function scopeText(review: YearReview, chains: readonly Chain[], locale: string, t: Translate): string {
  if (review.chainIds.length === 0) return t('review.scope.all', { n: chains.length })
  return review.chainIds.map(id => chainLabel(chains, id, locale)).join(t('review.scope.separator'))
}

/** The named values of a section's sentence: every metric of the section, formatted. */
function sentenceValues(kpis: YearReview['total'], id: ReviewSectionId, locale: string): Record<string, string> {
  const section = REVIEW_SECTIONS.find(s => s.id === id)!
  return Object.fromEntries(section.metrics.map(m => [m.key, formatMetric(kpis[m.key], m.format, locale)]))
}

/** The sentence naming the chain that did most on the section's measure, when several chains are shown and one leads. */
function leaderSentence(
  review: YearReview,
  chains: readonly Chain[],
  id: ReviewSectionId,
  locale: string,
  t: Translate,
): string | undefined {
  if (review.byChain.length < 2) return undefined
  const key = LEADER_METRIC[id]
  const ranked = [...review.byChain].sort((a, b) => (b.kpis[key] ?? 0) - (a.kpis[key] ?? 0))
  const top = ranked[0]!
  const value = top.kpis[key] ?? 0
  if (value <= 0 || (ranked[1]?.kpis[key] ?? 0) === value) return undefined
  const format = key === 'ordersAmountCny' ? 'cny' : 'number'
  return t(`review.narrative.leader.${id}`, {
    chain: chainLabel(chains, top.chainId, locale),
    value: formatMetric(value, format, locale),
  })
}

/**
 * The sentences of every section for the review, in the locale. A section with nothing recorded
 * says so in one sentence instead of a row of zeros.
 */
export function buildNarrative(
  review: YearReview,
  chains: readonly Chain[],
  locale: string,
  t: Translate,
): Record<ReviewSectionId, string[]> {
  const scope = scopeText(review, chains, locale, t)
  const result = {} as Record<ReviewSectionId, string[]>
  for (const section of REVIEW_SECTIONS) {
    const values = { year: review.year, scope, ...sentenceValues(review.total, section.id, locale) }
    const counts = section.metrics.filter(m => m.format !== 'percent').map(m => review.total[m.key] ?? 0)
    if (counts.every(c => c === 0)) {
      result[section.id] = [t(`review.narrative.none.${section.id}`, values)]
      continue
    }
    const lead = leaderSentence(review, chains, section.id, locale, t)
    result[section.id] = [t(`review.narrative.${section.id}`, values), ...(lead ? [lead] : [])]
  }
  return result
}

/** The opening paragraph: the year, the scope and the period the figures cover. */
export function introText(
  review: YearReview,
  chains: readonly Chain[],
  locale: string,
  t: Translate,
  formatDate: (d: string) => string,
): string {
  return t('review.intro', {
    year: review.year,
    scope: scopeText(review, chains, locale, t),
    asOf: formatDate(review.asOf),
  })
}
