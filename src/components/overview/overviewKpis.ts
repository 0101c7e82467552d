/**
 * The KPI cards of the Overview as data: which number each card leads with, how it is
 * formatted, whether up is good, and the detail lines under it. Pure, so it is tested without
 * a DOM and the cards stay plain HTML that paints before any chart code loads.
 */
import type { Kpis, Overview } from '#contract'
import { formatCny, formatNumber, formatPercent } from '@/composables/formatters'
import type { MessageKey, MessageSchema } from '@/locales/messageKeys'

export type KpiFormat = 'count' | 'percent' | 'cny'
/** Whether a rise is good news (visits), bad news (overdue) or neither (bottlenecks raised). */
export type KpiPolarity = 'higher-better' | 'lower-better' | 'neutral'

/** KPIs as the Overview response carries them: every number may be null. */
export type OverviewKpis = Overview['total']

/** One number inside a detail line; `kpi` becomes its data-kpi attribute. */
export interface KpiDetailValue {
  kpi: string
  value: number | null
  format: KpiFormat
}
export interface KpiDetail {
  textKey: MessageKey
  values: Record<string, KpiDetailValue>
}

export interface KpiCardModel {
  /** The data-kpi key of the main number (a key of Kpis). */
  kpi: string
  labelKey: MessageKey
  format: KpiFormat
  value: number | null
  previous: number | null
  polarity: KpiPolarity
  details: KpiDetail[]
}

export interface KpiDelta {
  direction: 'up' | 'down' | 'flat' | 'none'
  tone: 'good' | 'bad' | 'neutral'
  /** Absolute change: a count, an amount, or a ratio difference for rates. */
  magnitude: number | null
}

/** The change from the previous period and whether it is good news. */
export function computeDelta(current: number | null, previous: number | null, polarity: KpiPolarity): KpiDelta {
  if (current === null || previous === null) return { direction: 'none', tone: 'neutral', magnitude: null }
  const diff = current - previous
  // Rates arrive as ratios: differences below 0.05 percentage points read as no change.
  if (Math.abs(diff) < 1e-6) return { direction: 'flat', tone: 'neutral', magnitude: 0 }
  const direction = diff > 0 ? 'up' : 'down'
  const good = polarity === 'higher-better' ? diff > 0 : polarity === 'lower-better' ? diff < 0 : null
  return { direction, tone: good === null ? 'neutral' : good ? 'good' : 'bad', magnitude: Math.abs(diff) }
}

/** A KPI value in its format and locale. */
export function formatKpi(value: number | null, format: KpiFormat, locale: string): string {
  if (format === 'percent') return formatPercent(value, locale)
  if (format === 'cny') return formatCny(value, locale)
  return formatNumber(value, locale)
}

type NumericKpi = Exclude<keyof Kpis, 'resolvedByType'>

function v(kpis: OverviewKpis, key: NumericKpi): number | null {
  return kpis[key] ?? null
}

/** The satisfaction rate's numerator: ratings satisfied or basically satisfied. */
function satisfiedOrBasically(kpis: OverviewKpis): number | null {
  const s = v(kpis, 'satisfied')
  const b = v(kpis, 'basicallySatisfied')
  return s === null || b === null ? null : s + b
}

const d = (kpi: string, value: number | null, format: KpiFormat = 'count'): KpiDetailValue => ({ kpi, value, format })

/** The ten Overview cards for the current and previous period's KPIs, in reading order. */
export function buildKpiCards(total: OverviewKpis, previous: OverviewKpis): KpiCardModel[] {
  const card = (
    kpi: NumericKpi & keyof MessageSchema['overview']['kpis'],
    format: KpiFormat,
    polarity: KpiPolarity,
    details: KpiDetail[] = [],
  ): KpiCardModel => ({
    kpi,
    labelKey: `overview.kpis.${kpi}`,
    format,
    value: v(total, kpi),
    previous: v(previous, kpi),
    polarity,
    details,
  })
  const byType = total.resolvedByType
  return [
    card('visits', 'count', 'higher-better', [
      { textKey: 'overview.kpis.forums', values: { n: d('forums', v(total, 'forums')) } },
    ]),
    card('enterprisesVisited', 'count', 'higher-better', [
      {
        textKey: 'overview.kpis.coverage',
        values: {
          rate: d('coverage', v(total, 'coverage'), 'percent'),
          total: d('enterprisesTotal', v(total, 'enterprisesTotal')),
        },
      },
    ]),
    card('bottlenecksRaised', 'count', 'neutral', [
      { textKey: 'overview.kpis.accepted', values: { n: d('bottlenecksAccepted', v(total, 'bottlenecksAccepted')) } },
    ]),
    card('resolutionRate', 'percent', 'higher-better', [
      {
        textKey: 'overview.kpis.resolvedSplit',
        values: {
          solved: d('resolvedByType.solved', byType.solved),
          partly: d('resolvedByType.partly_solved', byType.partly_solved),
          planned: d('resolvedByType.plannedOrExplained', byType.planned + byType.explained),
        },
      },
      // The rate's own numerator and denominator (DOMAIN.md): 办结 17 ÷ 已受理 17, never ÷ 收集 18.
      {
        textKey: 'overview.kpis.resolutionOf',
        values: {
          num: d('bottlenecksResolved', v(total, 'bottlenecksResolved')),
          den: d('bottlenecksAccepted', v(total, 'bottlenecksAccepted')),
        },
      },
    ]),
    card('onTimeRate', 'percent', 'higher-better', [
      {
        textKey: 'overview.kpis.onTimeOf',
        values: {
          num: d('resolvedOnTime', v(total, 'resolvedOnTime')),
          den: d('dueInPeriod', v(total, 'dueInPeriod')),
        },
      },
      {
        textKey: 'overview.kpis.onTimeOriginal',
        values: { rate: d('onTimeRateOriginal', v(total, 'onTimeRateOriginal'), 'percent') },
      },
    ]),
    card('overdue', 'count', 'lower-better', [
      {
        textKey: 'overview.kpis.overdueRate',
        values: { rate: d('overdueRate', v(total, 'overdueRate'), 'percent'), open: d('open', v(total, 'open')) },
      },
    ]),
    card('satisfactionRate', 'percent', 'higher-better', [
      {
        textKey: 'overview.kpis.satisfactionOf',
        values: { num: d('satisfiedOrBasically', satisfiedOrBasically(total)), den: d('rated', v(total, 'rated')) },
      },
      {
        textKey: 'overview.kpis.strictSatisfaction',
        values: {
          rate: d('strictSatisfactionRate', v(total, 'strictSatisfactionRate'), 'percent'),
          n: d('satisfied', v(total, 'satisfied')),
        },
      },
    ]),
    card('ordersAmountCny', 'cny', 'higher-better', [
      { textKey: 'overview.kpis.ordersWon', values: { n: d('ordersWon', v(total, 'ordersWon')) } },
    ]),
    card('marketsOpened', 'count', 'higher-better'),
    card('recSubmitted', 'count', 'higher-better', [
      {
        textKey: 'overview.kpis.recPipeline',
        values: {
          instructed: d('recInstructed', v(total, 'recInstructed')),
          forwarded: d('recForwarded', v(total, 'recForwarded')),
          implemented: d('recImplemented', v(total, 'recImplemented')),
        },
      },
      // Implemented of those forwarded in the period, not the period's implementations (recImplemented).
      {
        textKey: 'overview.kpis.implementationRate',
        values: {
          rate: d('implementationRate', v(total, 'implementationRate'), 'percent'),
          num: d('recForwardedImplemented', v(total, 'recForwardedImplemented')),
          den: d('recForwarded', v(total, 'recForwarded')),
        },
      },
    ]),
  ]
}
