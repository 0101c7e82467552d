/**
 * The seam between the presentation player, the slides and the PPTX export. The player knows only
 * this interface: it loads each slide kind's code when a playlist opens, asks it for data (kept when
 * a refresh fails), and renders its component on the 1920×1080 stage. The deck export asks the same
 * definition to describe its data as text, tables and chart options.
 */
import type { Component } from 'vue'
import type { EChartsCoreOption } from 'echarts/core'
import type { Locale, SlideFilter, SlideKind } from '#contract'
import type { MessageKey } from '@/locales/messageKeys'

/** Everything a slide's data request depends on besides its filter. */
export interface SlideDataContext {
  /** null: live (the period ends today); a date: frozen, the period ends on that date. */
  asOf: string | null
  /** A masked playlist: every request asks the server for pseudonyms and rounded amounts. */
  masked: boolean
}

/** How a slide is drawn: pseudonyms and rounded amounts when `masked`. */
export interface SlideRenderOptions {
  masked: boolean
  locale: Locale
  /** Drawn for paper (the handout): light colours where a builder picks its own. */
  paper?: boolean
}

/** Props every slide component takes. */
export interface SlideProps<D = unknown> {
  data: D
  filter: SlideFilter
  masked: boolean
}

/** A slide as text for an exported deck: KPI numbers and tables stay editable, charts become images. */
export interface SlideDescription {
  title: string
  subtitle?: string
  kpis: { label: string; value: string }[]
  tables: { caption: string; head: string[]; rows: string[][] }[]
  charts: { caption: string; option: EChartsCoreOption }[]
}

/** One kind of slide. `t` is vue-i18n's translate, with the 'present' namespace loaded. */
export interface SlideDefinition<D = unknown> {
  kind: SlideKind
  component: Component
  load: (filter: SlideFilter, context: SlideDataContext) => Promise<D>
  describe: (
    data: D,
    filter: SlideFilter,
    options: SlideRenderOptions,
    t: (key: MessageKey, named?: Record<string, unknown>) => string,
  ) => SlideDescription
}
