/**
 * The recommendation pipeline as a slide: how many recommendations stand at each stage and for
 * how long (days in their current status, as on the pipeline page), and how many finished.
 */
import { median, type RecommendationState, type SlideFilter } from '#contract'
import { buildPresentPipelineOption } from '@/charts/options/presentPipeline'
import { daysInState } from '@/components/workflow/pipeline'
import type { SlideDescription, SlideRenderOptions } from '../../slideTypes'
import { slideFormat } from '../shared/slideFormat'
import type { SlideChart, SlideKpi } from '../shared/slideModel'
import { scopeLabel, type SlideScope } from '../shared/slideScope'
import type { Translate } from '../shared/slideTranslate'

export interface PipelineStageData {
  state: RecommendationState
  total: number
  /** Up to 200 of the stage's recommendations, longest-standing first. */
  items: { id: number; title: string; statusSince: string }[]
}

export interface PipelineSlideData {
  /** The day days-in-stage are counted to (today when live, the frozen date otherwise). */
  day: string
  stages: PipelineStageData[]
  finals: { state: RecommendationState; total: number }[]
  scope: SlideScope
}

export interface PipelineStageRow {
  state: RecommendationState
  label: string
  count: string
  medianDays: string
  longestDays: string
}

export interface PipelineSlideModel {
  title: string
  subtitle: string
  head: string[]
  rows: PipelineStageRow[]
  finals: SlideKpi[]
  chart: SlideChart
  longestCaption: string
  /** The longest-standing recommendations across the stages; empty when masked (titles may name enterprises). */
  longest: { id: number; title: string; stage: string; days: string }[]
}

const LONGEST_SHOWN = 3

/** The pipeline slide for the data, language and masking state. */
export function buildPipelineModel(
  data: PipelineSlideData,
  _filter: SlideFilter,
  options: SlideRenderOptions,
  t: Translate,
): PipelineSlideModel {
  const f = slideFormat(options)
  const days = (n: number | null) => (n === null ? '—' : t('present.slides.pipeline.days', { n: f.count(n) }))
  const stages = data.stages.map(s => {
    const inState = s.items.map(i => daysInState(i, data.day))
    const medianDays = median(inState)
    return {
      stage: s,
      label: t(`common.recommendationStatus.${s.state}`),
      medianDays: medianDays === null ? null : Math.round(medianDays),
      longestDays: inState.length ? Math.max(...inState) : null,
    }
  })
  const longest = data.stages
    .flatMap(s =>
      s.items.map(i => ({
        id: i.id,
        title: i.title,
        stage: t(`common.recommendationStatus.${s.state}`),
        n: daysInState(i, data.day),
      })),
    )
    .sort((a, b) => b.n - a.n || a.id - b.id)
    .slice(0, options.masked ? 0 : LONGEST_SHOWN)
  const caption = t('present.slides.pipeline.chart')
  return {
    title: t('present.slides.pipeline.title'),
    subtitle: `${scopeLabel(data.scope, f.name, t)} · ${t('present.slides.pipeline.asOf', { date: f.date(data.day) })}`,
    head: [
      t('present.slides.pipeline.table.stage'),
      t('present.slides.pipeline.table.count'),
      t('present.slides.pipeline.table.median'),
      t('present.slides.pipeline.table.longest'),
    ],
    rows: stages.map(s => ({
      state: s.stage.state,
      label: s.label,
      count: f.count(s.stage.total),
      medianDays: days(s.medianDays),
      longestDays: days(s.longestDays),
    })),
    finals: data.finals.map(s => ({
      kpi: `status.${s.state}`,
      label: t(`common.recommendationStatus.${s.state}`),
      value: f.count(s.total),
    })),
    chart: {
      caption,
      option: buildPresentPipelineOption(
        stages.map(s => ({ label: s.label, count: s.stage.total, medianDays: s.medianDays })),
        t('present.slides.pipeline.table.count'),
      ),
    },
    longestCaption: t('present.slides.pipeline.longest'),
    longest: longest.map(l => ({ id: l.id, title: l.title, stage: l.stage, days: days(l.n) })),
  }
}

/** The pipeline for the deck: finished counts as KPIs, the stages as a table and a chart. */
export function describePipeline(model: PipelineSlideModel): SlideDescription {
  return {
    title: model.title,
    subtitle: model.subtitle,
    kpis: model.finals.map(k => ({ label: k.label, value: k.value })),
    tables: [
      {
        caption: model.chart.caption,
        head: model.head,
        rows: model.rows.map(r => [r.label, r.count, r.medianDays, r.longestDays]),
      },
    ],
    charts: [model.chart],
  }
}
