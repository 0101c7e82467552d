/**
 * The county choropleth (issue 11 §6): the deployment's approved boundary map (MAP_GEOJSON), each
 * county shaded by the same five steps as the county tiles, so one legend serves both and the map
 * says nothing the tiles do not. Types only from ECharts, like every builder; the map itself is
 * registered under COUNTY_MAP_NAME by src/charts/countyMapRegistry.ts in its own lazy chunk.
 */
import type { ComposeOption } from 'echarts/core'
import type { MapSeriesOption } from 'echarts/charts'
import type { AriaComponentOption, TooltipComponentOption } from 'echarts/components'
import type { CountyCode, CountyMapGeo } from '#contract'
import { ariaOption } from './common'
import type { Translate } from './types'

export type CountyMapOption = ComposeOption<MapSeriesOption | TooltipComponentOption | AriaComponentOption>

/** The name the configured GeoJSON is registered under (echarts/core `registerMap`). */
export const COUNTY_MAP_NAME = 'chain-cockpit-counties'

/** One county as the map shows it. */
export interface CountyMapArea {
  code: CountyCode
  /** The county's name in the reader's language (never the file's own name property). */
  name: string
  value: number
  /** The value as the reader's locale writes it. */
  valueText: string
  /** 0..5 as the tiles' colour steps (0: nothing to show). */
  step: number
  /** The county a filter picked (the slide's county filter). */
  highlighted?: boolean
  /** A word shown on a highlighted county (e.g. "Selected"), so its outline is not the only cue. */
  badge?: string
}

export interface CountyMapData {
  /** What the shade measures, e.g. "Visits". */
  measure: string
  areas: readonly CountyMapArea[]
}

/** Colours and type sizes: the Overview's light panel or the stage's dark one. */
export interface CountyMapStyle {
  /** Area colour per step 0..5, as the tiles' `--scale-*` (step 0: the empty tile's colour). */
  areaColors: readonly string[]
  /** Label colour per step 0..5, each readable on its area colour. */
  labelColors: readonly string[]
  borderColor: string
  highlightColor: string
  fontSize: number
  valueFontSize: number
}

/** The Overview panel: the tiles' colours from src/styles/tokens.css. */
export const PANEL_MAP_STYLE: CountyMapStyle = {
  areaColors: ['#eef1f5', '#e3edf9', '#bcd3f0', '#86afe2', '#2c68b0', '#1c4f94'],
  labelColors: ['#1c2430', '#1c2430', '#1c2430', '#1c2430', '#ffffff', '#ffffff'],
  borderColor: '#6b7788',
  highlightColor: '#e07b00',
  fontSize: 12,
  valueFontSize: 16,
}

/** The stage: the map slide's tile colours (white text above 4.5:1 on every step). */
export const STAGE_MAP_STYLE: CountyMapStyle = {
  areaColors: ['#131d31', '#16263f', '#1a3558', '#1d4477', '#1f5399', '#2563eb'],
  labelColors: ['#ffffff', '#ffffff', '#ffffff', '#ffffff', '#ffffff', '#ffffff'],
  borderColor: '#94a3b8',
  highlightColor: '#fbbf24',
  fontSize: 30,
  valueFontSize: 38,
}

/** Paper (the handout): the panel's light scale at the stage's type sizes. */
export const PAPER_MAP_STYLE: CountyMapStyle = {
  ...PANEL_MAP_STYLE,
  highlightColor: '#b45309',
  fontSize: STAGE_MAP_STYLE.fontSize,
  valueFontSize: STAGE_MAP_STYLE.valueFontSize,
}

/** Tooltips are HTML: a name from the database must not become markup. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, c => `&#${c.charCodeAt(0)};`)
}

/** Label text is an ECharts template: braces and pipes would start rich-text markup. */
function plainLabel(text: string): string {
  return text.replace(/[{}|]/g, ' ')
}

/**
 * The choropleth of `data` over `geo`: one region per county code in the file (features are
 * matched by `properties.code`), labelled with the county's name and value in the reader's
 * language. A county the file draws but the data lacks is shown unshaded as "no data"; a county
 * the data has but the file lacks is simply not drawn (the tiles still list it). Labels that would
 * overlap hide, as on a real map Yanji and Tumen are small, and the tooltip names every region.
 */
export function buildCountyMapOption(
  data: CountyMapData,
  geo: CountyMapGeo,
  t: Translate,
  style: CountyMapStyle = PANEL_MAP_STYLE,
): CountyMapOption {
  const areas = new Map(data.areas.map(a => [a.code, a]))
  const drawn = [...new Set(geo.features.map(f => f.properties.code))]
  const regions = drawn.map(code => {
    const area = areas.get(code)
    const step = area?.step ?? 0
    const name = area?.name ?? code
    const valueText = area?.valueText ?? t('overview.tiles.mapNoData')
    const areaColor = style.areaColors[step]!
    const border = area?.highlighted ? { borderColor: style.highlightColor, borderWidth: 6 } : {}
    return {
      name: code,
      value: area?.value ?? 0,
      itemStyle: { areaColor, ...border },
      // Hovering outlines a region instead of repainting it, so its shade keeps meaning its step.
      emphasis: {
        itemStyle: { areaColor, borderColor: style.highlightColor, borderWidth: 3 },
        label: { color: style.labelColors[step]! },
      },
      label: {
        formatter: `{name|${plainLabel(name)}}\n{value|${plainLabel(valueText)}}${area?.highlighted && area.badge ? `\n{badge|${plainLabel(area.badge)}}` : ''}`,
        color: style.labelColors[step]!,
      },
      tooltip: {
        formatter: escapeHtml(
          t('overview.tiles.mapTooltip', { county: name, measure: data.measure, value: valueText }),
        ),
      },
    }
  })
  return {
    aria: ariaOption(false),
    tooltip: { trigger: 'item', confine: true },
    series: [
      {
        type: 'map',
        map: COUNTY_MAP_NAME,
        // Regions are matched by our county code, so the file's own names (any language) never show.
        nameProperty: 'code',
        roam: false,
        selectedMode: false,
        left: 8,
        right: 8,
        top: 8,
        bottom: 8,
        itemStyle: { areaColor: style.areaColors[0]!, borderColor: style.borderColor, borderWidth: 1 },
        label: {
          show: true,
          rich: {
            name: { fontSize: style.fontSize, lineHeight: style.fontSize * 1.3 },
            value: { fontSize: style.valueFontSize, fontWeight: 'bold', lineHeight: style.valueFontSize * 1.2 },
            badge: {
              fontSize: style.fontSize * 0.8,
              color: '#1c2430',
              backgroundColor: style.highlightColor,
              borderRadius: 999,
              padding: [2, style.fontSize * 0.5],
            },
          },
        },
        labelLayout: { hideOverlap: true },
        data: regions,
      },
    ],
  }
}
