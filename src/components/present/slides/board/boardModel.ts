/**
 * The bottleneck board as a slide: how many are open in each status, how many carry each warning
 * colour (each labelled in words, never colour alone), and the latest few resolved, with the
 * enterprise (its pseudonym when masked, as the server sends it). All for bottlenecks raised in the slide's 12 months.
 */
import {
  CATEGORY_NAMES,
  localize,
  type BottleneckCategory,
  type BottleneckState,
  type LocalizedName,
  type Period,
  type ResolutionType,
  type SlideFilter,
} from '#contract'
import type { SlideDescription, SlideRenderOptions } from '../../slideTypes'
import { slideFormat } from '../shared/slideFormat'
import type { SlideKpi } from '../shared/slideModel'
import { scopeLabel, type SlideScope } from '../shared/slideScope'
import type { Translate } from '../shared/slideTranslate'

/** The warning colours a board counts, most urgent first. */
export const BOARD_WARNINGS = ['red', 'yellow', 'blue'] as const
export type BoardWarning = (typeof BOARD_WARNINGS)[number]

export interface ResolvedItem {
  id: number
  enterpriseId: number
  enterpriseName: LocalizedName | null
  category: BottleneckCategory
  resolutionType: ResolutionType | null
  resolvedOn: string | null
}

export interface BoardSlideData {
  period: Period
  openByStatus: { status: BottleneckState; total: number }[]
  byWarning: { colour: BoardWarning; total: number }[]
  resolved: ResolvedItem[]
  scope: SlideScope
}

export interface BoardSlideModel {
  title: string
  subtitle: string
  openTotal: SlideKpi
  open: SlideKpi[]
  warningsCaption: string
  warnings: { colour: BoardWarning; label: string; value: string }[]
  resolvedCaption: string
  resolvedHead: string[]
  resolved: { id: number; cells: string[] }[]
  noneResolved: string
}

/** The board slide for the data, language and masking state. */
export function buildBoardModel(
  data: BoardSlideData,
  _filter: SlideFilter,
  options: SlideRenderOptions,
  t: Translate,
): BoardSlideModel {
  const f = slideFormat(options)
  const openTotal = data.openByStatus.reduce((sum, s) => sum + s.total, 0)
  const period = t('present.slides.common.period', { from: f.date(data.period.from), to: f.date(data.period.to) })
  return {
    title: t('present.slides.board.title'),
    subtitle: `${scopeLabel(data.scope, f.name, t)} · ${t('present.slides.board.raisedIn', { period })}`,
    openTotal: { kpi: 'open', label: t('present.slides.board.openTotal'), value: f.count(openTotal) },
    open: data.openByStatus.map(s => ({
      kpi: `status.${s.status}`,
      label: t(`common.bottleneckStatus.${s.status}`),
      value: f.count(s.total),
    })),
    warningsCaption: t('present.slides.board.warnings'),
    warnings: data.byWarning.map(w => ({
      colour: w.colour,
      label: t(`common.warning.${w.colour}`),
      value: f.count(w.total),
    })),
    resolvedCaption: t('present.slides.board.resolved'),
    resolvedHead: [
      t('present.slides.board.table.enterprise'),
      t('present.slides.board.table.category'),
      t('present.slides.board.table.resolution'),
      t('present.slides.board.table.resolvedOn'),
    ],
    resolved: data.resolved.map(r => ({
      id: r.id,
      cells: [
        f.enterprise(r.enterpriseName),
        localize(CATEGORY_NAMES[r.category], options.locale),
        r.resolutionType ? t(`present.slides.board.resolution.${r.resolutionType}`) : '—',
        f.date(r.resolvedOn),
      ],
    })),
    noneResolved: t('present.slides.board.noneResolved'),
  }
}

/** The board for the deck: open and warning counts as KPIs, recently resolved as a table. */
export function describeBoard(model: BoardSlideModel): SlideDescription {
  return {
    title: model.title,
    subtitle: model.subtitle,
    kpis: [model.openTotal, ...model.open, ...model.warnings].map(k => ({ label: k.label, value: k.value })),
    tables: [{ caption: model.resolvedCaption, head: model.resolvedHead, rows: model.resolved.map(r => r.cells) }],
    charts: [],
  }
}
