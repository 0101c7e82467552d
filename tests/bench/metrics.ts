/**
 * One measured figure and the budget DESIGN.md sets for it. Every part of the benchmark returns
 * these, so the console table and docs/benchmarks.md are printed the same way.
 */

/** An upper (max) or lower (min) bound a figure must stay within. */
export interface Budget {
  max?: number
  min?: number
}

export interface Metric {
  /** What was measured, e.g. "JS before first paint". */
  label: string
  /** The figure; undefined when it could not be measured (see note). */
  value: number | undefined
  unit: 'KB gz' | 'KB' | 'ms' | 's' | 'req/s' | 'score' | 'rows' | 'count'
  budget?: Budget
  /** How it was measured or why it is missing. */
  note?: string
}

export interface Section {
  title: string
  metrics: Metric[]
  /** Free lines printed under the table (chunk lists, scale, caveats). */
  notes: string[]
}

export type Verdict = 'pass' | 'FAIL' | 'n/a' | '—'

/** pass/FAIL against the metric's budget; 'n/a' when it has none, '—' when nothing was measured. */
export function verdict(metric: Metric): Verdict {
  if (!metric.budget) return 'n/a'
  if (metric.value === undefined || Number.isNaN(metric.value)) return '—'
  const { max, min } = metric.budget
  if (max !== undefined && metric.value > max) return 'FAIL'
  if (min !== undefined && metric.value < min) return 'FAIL'
  return 'pass'
}

/** The figure with its unit, rounded for reading (KB to 0.1, ms to 0.1, s to 0.01). */
export function formatValue(value: number | undefined, unit: Metric['unit']): string {
  if (value === undefined || Number.isNaN(value)) return '—'
  switch (unit) {
    case 'KB gz':
      return `${value.toFixed(1)} KB gz`
    case 'KB':
      return `${value.toFixed(1)} KB`
    case 'ms':
      return `${value.toFixed(1)} ms`
    case 's':
      return `${value.toFixed(2)} s`
    case 'req/s':
      return `${Math.round(value).toLocaleString('en-US')} req/s`
    case 'score':
      return String(Math.round(value))
    case 'rows':
    case 'count':
      return Math.round(value).toLocaleString('en-US')
  }
}

/** The budget as text, e.g. "≤ 120 KB gz". */
export function formatBudget(metric: Metric): string {
  const { budget, unit } = metric
  if (!budget) return ''
  const parts: string[] = []
  if (budget.max !== undefined) parts.push(`≤ ${formatValue(budget.max, unit)}`)
  if (budget.min !== undefined) parts.push(`≥ ${formatValue(budget.min, unit)}`)
  return parts.join(', ')
}

/** A metric that could not be measured, with the reason. */
export function missing(label: string, unit: Metric['unit'], reason: string, budget?: Budget): Metric {
  return { label, value: undefined, unit, budget, note: reason }
}
