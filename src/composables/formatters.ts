/**
 * Locale-aware formatting as pure functions of (value, locale). Missing values read as an em dash.
 * Amounts are CNY: Chinese and Korean readers count in 万 / 만 and 亿 / 억, English readers in K / M / B.
 */
import { CNY_UNITS } from '@/locales/cnyUnits'

export const MISSING = '—'

// Intl formatters are costly to build (ICU data) and cheap to reuse: one per locale and style.
const numberFormats = new Map<string, Intl.NumberFormat>()
function nf(locale: string, opts: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(opts)}`
  let f = numberFormats.get(key)
  if (!f) {
    f = new Intl.NumberFormat(locale, opts)
    numberFormats.set(key, f)
  }
  return f
}

const dateFormats = new Map<string, Intl.DateTimeFormat>()
function df(locale: string, kind: 'date' | 'dateTime'): Intl.DateTimeFormat {
  const key = `${locale}|${kind}`
  let f = dateFormats.get(key)
  if (!f) {
    f =
      kind === 'date'
        ? new Intl.DateTimeFormat(locale, { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'UTC' })
        : new Intl.DateTimeFormat(locale, {
            year: 'numeric',
            month: '2-digit',
            day: '2-digit',
            hour: '2-digit',
            minute: '2-digit',
            timeZone: 'Asia/Shanghai',
          })
    dateFormats.set(key, f)
  }
  return f
}

/**
 * Builds the number formats the KPI cards use, ahead of time. The first Intl.NumberFormat of a
 * locale loads ICU data (~15 ms of main thread on a fast machine, four times that on a slow
 * phone); doing it in a task of its own keeps it out of the task that renders the cards.
 */
export function warmNumberFormats(locale: string): void {
  formatNumber(0, locale)
  formatPercent(0, locale)
  formatCny(0, locale)
}

export function formatNumber(n: number | null | undefined, locale: string): string {
  if (n === null || n === undefined || Number.isNaN(n)) return MISSING
  return nf(locale, { maximumFractionDigits: 1 }).format(n)
}

/** A ratio (0..1) as a percentage with one decimal. */
export function formatPercent(r: number | null | undefined, locale: string): string {
  if (r === null || r === undefined || Number.isNaN(r)) return MISSING
  return nf(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(r)
}

/** A CNY amount in a compact, readable unit for the locale. */
export function formatCny(n: number | null | undefined, locale: string): string {
  if (n === null || n === undefined || Number.isNaN(n)) return MISSING
  if (locale.startsWith('en'))
    return nf('en', {
      style: 'currency',
      currency: 'CNY',
      currencyDisplay: 'narrowSymbol',
      notation: 'compact',
      maximumFractionDigits: 1,
    }).format(n)
  const units = CNY_UNITS[locale.startsWith('ko') ? 'ko' : 'zh']
  if (Math.abs(n) >= 1e8) return `${nf(locale, { maximumFractionDigits: 2 }).format(n / 1e8)}${units.hundredMillion}`
  if (Math.abs(n) >= 1e4) return `${nf(locale, { maximumFractionDigits: 1 }).format(n / 1e4)}${units.tenThousand}`
  return `${nf(locale, { maximumFractionDigits: 0 }).format(n)}${units.yuan}`
}

// The app's locales' numeric date patterns, exactly as Intl writes them. Building the first
// Intl.DateTimeFormat loads ICU calendar and zone data (~60 ms of main thread on a slow phone,
// inside the task that paints the KPI cards), so plain dates skip Intl for these locales.
const zhDate = (y: string, m: string, d: string) => `${y}/${m}/${d}`
const koDate = (y: string, m: string, d: string) => `${y}. ${m}. ${d}.`
const enDate = (y: string, m: string, d: string) => `${m}/${d}/${y}`
const DATE_PATTERNS: Record<string, typeof zhDate> = {
  'zh-CN': zhDate,
  zh: zhDate,
  'ko-CN': koDate,
  ko: koDate,
  en: enDate,
  'en-US': enDate,
}

/** A business date (YYYY-MM-DD) in the locale's numeric style; never shifted by the host's zone. */
export function formatDate(d: string | null | undefined, locale: string): string {
  if (!d) return MISSING
  const t = Date.parse(`${d}T00:00:00Z`)
  if (Number.isNaN(t)) return d
  const pattern = DATE_PATTERNS[locale]
  if (pattern && /^\d{4}-\d{2}-\d{2}$/.test(d)) return pattern(d.slice(0, 4), d.slice(5, 7), d.slice(8, 10))
  return df(locale, 'date').format(t)
}

/** An instant shown in China time, the business time zone. */
export function formatDateTime(iso: string | null | undefined, locale: string): string {
  if (!iso) return MISSING
  const t = Date.parse(iso)
  if (Number.isNaN(t)) return iso
  return df(locale, 'dateTime').format(t)
}
