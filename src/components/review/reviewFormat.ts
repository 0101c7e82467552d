/** Formatting of the review's figures, as pure functions of (value, locale), shared by the view and the DOCX. */
import { localize, type Chain, type Locale } from '#contract'
import { formatCny, formatNumber, formatPercent } from '@/composables/formatters'
import type { MetricFormat } from './reviewSections'

/** A figure in its format for the locale; '—' when missing. */
export function formatMetric(value: number | null, format: MetricFormat, locale: string): string {
  if (format === 'percent') return formatPercent(value, locale)
  if (format === 'cny') return formatCny(value, locale)
  return formatNumber(value, locale)
}

/** 'YYYY-MM' as the locale's short month name (1月, 1월, Jan). */
export function monthLabel(month: string, locale: string): string {
  const d = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 1))
  return new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' }).format(d)
}

/** The chain's name in the locale, '#id' when unknown. */
export function chainLabel(chains: readonly Chain[], id: number, locale: Locale | string): string {
  const chain = chains.find(c => c.id === id)
  return chain ? localize(chain.name, locale) : `#${id}`
}
