/**
 * The prefecture overview slide as data: its headline KPIs for the period, formatted, and the
 * 12-month trend chart. The slide component and the deck description both read this model, so
 * the PPTX shows exactly the numbers the screen showed.
 */
import type { Overview, SlideFilter, Trends } from '#contract'
import { buildPresentTrendsOption } from '@/charts/options/presentTrends'
import type { SlideDescription, SlideRenderOptions } from '../../slideTypes'
import { slideFormat } from '../shared/slideFormat'
import { describeKpis, type SlideChart, type SlideKpi } from '../shared/slideModel'
import { scopeLabel, type SlideScope } from '../shared/slideScope'
import type { Translate } from '../shared/slideTranslate'

export interface OverviewSlideData {
  overview: Overview
  trends: Trends
  scope: SlideScope
}

export interface OverviewSlideModel {
  title: string
  subtitle: string
  kpis: SlideKpi[]
  trend: SlideChart
}

/**
 * The KPIs the overview leads with, in reading order. The resolution rate stands beside its own
 * numerator and denominator (resolved ÷ accepted), not only beside the bottlenecks raised.
 */
export const OVERVIEW_SLIDE_KPIS = [
  'visits',
  'enterprisesVisited',
  'bottlenecksRaised',
  'bottlenecksAccepted',
  'bottlenecksResolved',
  'resolutionRate',
  'onTimeRate',
  'satisfactionRate',
  'ordersAmountCny',
  'marketsOpened',
  'recInstructed',
  'recImplemented',
] as const

const PERCENT_KPIS = new Set<string>(['resolutionRate', 'onTimeRate', 'satisfactionRate'])

/** The overview slide for the data, filter, language and masking state. */
export function buildOverviewModel(
  data: OverviewSlideData,
  _filter: SlideFilter,
  options: SlideRenderOptions,
  t: Translate,
): OverviewSlideModel {
  const f = slideFormat(options)
  const total = data.overview.total
  const value = (key: (typeof OVERVIEW_SLIDE_KPIS)[number]): string => {
    if (key === 'ordersAmountCny') return f.cny(total.ordersAmountCny)
    return PERCENT_KPIS.has(key) ? f.percent(total[key]) : f.count(total[key])
  }
  const kpis = OVERVIEW_SLIDE_KPIS.map((kpi): SlideKpi => ({
    kpi,
    label: t(`present.slides.kpis.${kpi}`),
    value: value(kpi),
  }))
  const period = t('present.slides.common.period', {
    from: f.date(data.overview.period.from),
    to: f.date(data.overview.period.to),
  })
  const trendCaption = t('present.slides.overview.trend')
  return {
    title: t('present.slides.overview.title'),
    subtitle: `${scopeLabel(data.scope, f.name, t)} · ${period}`,
    kpis,
    trend: {
      caption: trendCaption,
      option: buildPresentTrendsOption(data.trends.months, t, { locale: options.locale, amount: f.amount }),
    },
  }
}

/** The overview slide for the deck: KPIs as text, the trend as a chart. */
export function describeOverview(model: OverviewSlideModel): SlideDescription {
  return {
    title: model.title,
    subtitle: model.subtitle,
    kpis: describeKpis(model.kpis),
    tables: [],
    charts: [model.trend],
  }
}
