/**
 * One chain's slide as data: its name and leaders, this year's targets against what has been
 * done (computed as on the chain page, src/views/chain/chainTargets.ts), and the chain's visits,
 * bottlenecks and outcomes for the slide's 12 months.
 */
import { localize, type Chain, type LocalizedName, type Overview, type SlideFilter } from '#contract'
import { targetProgress, yearElapsed, yearRange, type TargetKey } from '@/views/chain/chainTargets'
import type { SlideDescription, SlideRenderOptions } from '../../slideTypes'
import { slideFormat } from '../shared/slideFormat'
import { describeKpis, type SlideKpi } from '../shared/slideModel'
import type { Translate } from '../shared/slideTranslate'

export interface ChainSlideData {
  chain: Chain
  /** The slide's 12 months, for the chain (and the filter's county). */
  overview: Overview
  /** 1 January to the slide's day, for the annual targets. */
  yearToDate: Overview
  /** The day the numbers are as of (today when live). */
  day: string
  /** The county the numbers are narrowed to, when the filter names one. */
  county: LocalizedName | null
}

export interface ChainTargetRow {
  key: TargetKey
  label: string
  actual: string
  target: string | null
  /** actual ÷ target as a percentage, or null without a target. */
  share: string | null
  /** 0..1 for the bar; null without a target. */
  ratio: number | null
  behind: boolean
  pace: string | null
}

export interface ChainSlideModel {
  title: string
  subtitle: string
  leaders: { role: string; names: string }[]
  targetsCaption: string
  /** Share of the year gone by (0..1): where a chain on pace stands. */
  elapsed: number
  targets: ChainTargetRow[]
  kpis: SlideKpi[]
}

// The resolution rate beside its own numerator and denominator (resolved ÷ accepted).
const CHAIN_SLIDE_KPIS = [
  'visits',
  'enterprisesVisited',
  'bottlenecksRaised',
  'bottlenecksAccepted',
  'bottlenecksResolved',
  'overdue',
  'resolutionRate',
  'ordersAmountCny',
  'marketsOpened',
] as const

/** The chain slide for the data, language and masking state. */
export function buildChainModel(
  data: ChainSlideData,
  _filter: SlideFilter,
  options: SlideRenderOptions,
  t: Translate,
): ChainSlideModel {
  const f = slideFormat(options)
  const { chain, overview } = data
  const year = Number(data.day.slice(0, 4))
  const range = yearRange(year, data.day)
  const elapsed = yearElapsed(year, data.day)
  const progress = targetProgress(
    chain.targets.find(x => x.year === year),
    data.yearToDate.total,
  )
  const amount = (key: TargetKey, n: number) => (key === 'ordersWonCny' ? f.cny(n) : f.count(n))
  const targets = progress.map((row): ChainTargetRow => {
    const behind = row.ratio !== null && row.ratio < elapsed
    return {
      key: row.key,
      label: t(`present.slides.chain.targets.${row.key}`),
      actual: amount(row.key, row.actual),
      target: row.target === null ? null : amount(row.key, row.target),
      share: row.ratio === null ? null : f.percent(row.ratio),
      ratio: row.ratio,
      behind,
      pace: row.ratio === null ? null : t(behind ? 'present.slides.chain.behindPace' : 'present.slides.chain.onPace'),
    }
  })
  const total = overview.total
  const kpis = CHAIN_SLIDE_KPIS.map((kpi): SlideKpi => ({
    kpi,
    label: t(`present.slides.kpis.${kpi}`),
    value:
      kpi === 'ordersAmountCny'
        ? f.cny(total[kpi])
        : kpi === 'resolutionRate'
          ? f.percent(total[kpi])
          : f.count(total[kpi]),
  }))
  const name = localize(chain.name, options.locale)
  const period = t('present.slides.common.period', {
    from: f.date(overview.period.from),
    to: f.date(overview.period.to),
  })
  return {
    title: name,
    subtitle: [t('present.slides.chain.kicker'), data.county ? f.name(data.county) : null, period]
      .filter(Boolean)
      .join(' · '),
    leaders: [
      {
        role: t('present.slides.chain.cppccLeaders'),
        names: chain.cppccLeaders.map(l => l.name).join(t('present.slides.common.listSeparator')),
      },
      // Named by office alone where no name is kept (a real vice-governor is never given an invented name).
      {
        role: t('present.slides.chain.govCoLeader'),
        names: chain.govCoLeader.name || localize(chain.govCoLeader.title, options.locale),
      },
      { role: t('present.slides.chain.leadUnit'), names: localize(chain.leadUnit, options.locale) },
    ],
    targetsCaption: t('present.slides.chain.targetsCaption', {
      year,
      share: f.percent(elapsed),
      from: f.date(range.from),
      to: f.date(range.to),
    }),
    elapsed,
    targets,
    kpis,
  }
}

/** The chain slide for the deck: KPIs as text; leaders and targets as tables. */
export function describeChain(model: ChainSlideModel, t: Translate): SlideDescription {
  return {
    title: model.title,
    subtitle: model.subtitle,
    kpis: describeKpis(model.kpis),
    tables: [
      {
        caption: model.targetsCaption,
        head: [
          t('present.slides.chain.table.measure'),
          t('present.slides.chain.table.actual'),
          t('present.slides.chain.table.target'),
          t('present.slides.chain.table.share'),
          t('present.slides.chain.table.pace'),
        ],
        rows: model.targets.map(r => [
          r.label,
          r.actual,
          r.target ?? t('present.slides.chain.noTarget'),
          r.share ?? '—',
          r.pace ?? '—',
        ]),
      },
      {
        caption: t('present.slides.chain.leadersCaption'),
        head: [t('present.slides.chain.table.role'), t('present.slides.chain.table.names')],
        rows: model.leaders.map(l => [l.role, l.names]),
      },
    ],
    charts: [],
  }
}
