import { useI18n } from 'vue-i18n'
import { formatCny, formatDate, formatDateTime, formatNumber, formatPercent } from './formatters'

export interface Format {
  number: (n: number | null) => string
  percent: (r: number | null) => string
  cny: (n: number | null) => string
  date: (d: string | null) => string
  dateTime: (iso: string | null) => string
}

/** Formatters bound to the current locale; '—' for missing values. */
export function useFormat(): Format {
  const { locale } = useI18n()
  return {
    number: n => formatNumber(n, locale.value),
    percent: r => formatPercent(r, locale.value),
    cny: n => formatCny(n, locale.value),
    date: d => formatDate(d, locale.value),
    dateTime: iso => formatDateTime(iso, locale.value),
  }
}
