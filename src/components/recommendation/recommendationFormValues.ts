/**
 * The recommendation form's values and the request body they become. Pure.
 */
import type { Recommendation } from '#contract'

export interface RecommendationFormValues {
  title: string
  body: string
  chainIds: number[]
  submittedTo: 'party_committee' | 'government'
  research: string
  visitIds: number[]
  bottleneckIds: number[]
}

/** A blank form, seeded from the page's query (?chain=, ?visit=1,2, ?bottleneck=3). */
export function blankRecommendationForm(
  seed: { chainIds?: number[]; visitIds?: number[]; bottleneckIds?: number[] } = {},
): RecommendationFormValues {
  return {
    title: '',
    body: '',
    chainIds: seed.chainIds ?? [],
    submittedTo: 'party_committee',
    research: '',
    visitIds: seed.visitIds ?? [],
    bottleneckIds: seed.bottleneckIds ?? [],
  }
}

/** The form filled from an existing draft. */
export function recommendationFormFrom(r: Recommendation): RecommendationFormValues {
  return {
    title: r.title,
    body: r.body,
    chainIds: [...r.chainIds],
    submittedTo: r.submittedTo,
    research: r.basis.research ?? '',
    visitIds: [...r.basis.visitIds],
    bottleneckIds: [...r.basis.bottleneckIds],
  }
}

/** The create body (the patch body adds the version). Empty research is null. */
export function recommendationBody(v: RecommendationFormValues) {
  return {
    title: v.title.trim(),
    body: v.body.trim(),
    chainIds: v.chainIds,
    basis: { visitIds: v.visitIds, bottleneckIds: v.bottleneckIds, research: v.research.trim() || null },
    submittedTo: v.submittedTo,
  }
}

/** Ids from a query value like "3" or "1,2" (anything else ignored). */
export function idsFromQuery(value: unknown): number[] {
  const raw = Array.isArray(value) ? value.join(',') : typeof value === 'string' ? value : ''
  return raw
    .split(',')
    .filter(s => /^[1-9]\d*$/.test(s))
    .map(Number)
}
