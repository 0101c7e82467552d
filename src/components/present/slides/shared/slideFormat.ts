/**
 * How numbers, amounts, dates and enterprise names read on a slide, in one place so that the
 * slide and its description for the PPTX deck (describe) show the very same text. Masking itself
 * happens on the server (issue 10): a masked stage's data arrives with pseudonyms and rounded
 * amounts. Rounding again here changes nothing on such data; it keeps figures the slide derives
 * (sums) as coarse as the ones it was sent.
 */
import { localize, roundAmountCny, type LocalizedName } from '#contract'
import { formatCny, formatDate, formatNumber, formatPercent, MISSING } from '@/composables/formatters'
import type { SlideRenderOptions } from '../../slideTypes'

export interface SlideFormat {
  count: (n: number | null | undefined) => string
  percent: (r: number | null | undefined) => string
  /** An amount in CNY, rounded first when masked. */
  cny: (n: number | null | undefined) => string
  /** The amount as drawn (rounded when masked), for charts. */
  amount: (n: number) => number
  date: (d: string | null | undefined) => string
  /** An enterprise's name as the server sent it (its pseudonym on a masked stage); '—' while unknown. */
  enterprise: (name: LocalizedName | null | undefined) => string
  name: (name: LocalizedName | null | undefined) => string
}

/** Formatters for one locale and masking state. */
export function slideFormat({ locale, masked }: SlideRenderOptions): SlideFormat {
  const amount = (n: number) => (masked ? roundAmountCny(n) : n)
  return {
    count: n => formatNumber(n, locale),
    percent: r => formatPercent(r, locale),
    cny: n => formatCny(n === null || n === undefined ? n : amount(n), locale),
    amount,
    date: d => formatDate(d, locale),
    enterprise: name => (name ? localize(name, locale) : MISSING),
    name: name => (name ? localize(name, locale) : MISSING),
  }
}
