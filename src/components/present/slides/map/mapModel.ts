/**
 * The county map as a slide: the eight county-level divisions as a tile grid (no boundaries drawn,
 * DESIGN.md Maps; positions from County.tile as on the Overview), each with its visits, enterprises
 * reached and overdue bottlenecks, shaded by visits. A county filter highlights that county.
 * Where the deployment has an approved boundary map (MAP_GEOJSON, issue 11 §6) the slide draws it
 * instead, shaded and highlighted alike, with each county's visits on it.
 */
import type { County, CountyCode, CountyMapGeo, Overview, SlideFilter } from '#contract'
import {
  buildCountyMapOption,
  PAPER_MAP_STYLE,
  STAGE_MAP_STYLE,
  type CountyMapOption,
} from '@/charts/options/countyMap'
import { buildStageBarsOption } from '@/charts/options/presentBars'
import { buildCountyTiles } from '@/components/overview/countyTiles'
import type { SlideDescription, SlideRenderOptions } from '../../slideTypes'
import { slideFormat } from '../shared/slideFormat'
import { scopeLabel, type SlideScope } from '../shared/slideScope'
import type { Translate } from '../shared/slideTranslate'

export interface MapSlideData {
  overview: Overview
  scope: SlideScope
  /** The deployment's county map, or null (tiles). Optional: a slide loaded before it existed has none. */
  geo?: CountyMapGeo | null
}

export const MAP_MEASURES = ['visits', 'enterprisesVisited', 'overdue'] as const
export type MapMeasure = (typeof MAP_MEASURES)[number]

export interface MapTile {
  code: CountyCode
  name: string
  column: number
  row: number
  /** 0..5 shade by visits (0: none). */
  step: number
  /** The visits in the county, unformatted (the deck draws them as bars). */
  visits: number
  highlighted: boolean
  values: { measure: MapMeasure; label: string; value: string }[]
}

export interface MapSlideModel {
  title: string
  subtitle: string
  tiles: MapTile[]
  legend: { low: string; high: string }
  /** The word beside the county the filter picked (its border is not the only cue). */
  selected: string
  head: string[]
  /** The caption of the deck's bar chart of visits by county. */
  visitsCaption: string
  /** The choropleth, when the deployment has a map; null: the tiles. */
  choropleth: { geo: CountyMapGeo; option: CountyMapOption; label: string } | null
}

/** The map slide for the data, language and masking state. */
export function buildMapModel(
  data: MapSlideData,
  filter: SlideFilter,
  options: SlideRenderOptions,
  t: Translate,
): MapSlideModel {
  const f = slideFormat(options)
  const counties: County[] = data.scope.counties
  const rows = new Map(data.overview.byCounty.map(r => [r.county, r]))
  const tiles = buildCountyTiles(counties, data.overview.byCounty, 'visits').map((tile, i): MapTile => ({
    code: tile.code,
    name: f.name(counties[i]!.name),
    column: tile.column,
    row: tile.row,
    step: tile.step,
    visits: rows.get(tile.code)?.visits ?? 0,
    highlighted: filter.county === tile.code,
    values: MAP_MEASURES.map(measure => ({
      measure,
      label: t(`present.slides.map.measures.${measure}`),
      value: f.count(rows.get(tile.code)?.[measure] ?? 0),
    })),
  }))
  const period = t('present.slides.common.period', {
    from: f.date(data.overview.period.from),
    to: f.date(data.overview.period.to),
  })
  // The map always shows all eight counties: a county filter highlights one rather than hiding seven.
  const scope = scopeLabel({ ...data.scope, county: null }, f.name, t)
  const geo = data.geo ?? null
  const visitsLabel = t('present.slides.map.measures.visits')
  const choropleth = geo && {
    geo,
    label: t('overview.tiles.mapLabel', { measure: visitsLabel }),
    option: buildCountyMapOption(
      {
        measure: visitsLabel,
        areas: tiles.map(tile => ({
          code: tile.code,
          name: tile.name,
          value: tile.visits,
          valueText: tile.values[0]!.value,
          step: tile.step,
          highlighted: tile.highlighted,
          badge: t('present.slides.map.selected'),
        })),
      },
      geo,
      t,
      options.paper ? PAPER_MAP_STYLE : STAGE_MAP_STYLE,
    ),
  }
  return {
    title: t('present.slides.map.title'),
    subtitle: `${scope} · ${period}`,
    tiles,
    legend: { low: t('present.slides.map.legendLow'), high: t('present.slides.map.legendHigh') },
    selected: t('present.slides.map.selected'),
    head: [t('present.slides.map.county'), ...MAP_MEASURES.map(m => t(`present.slides.map.measures.${m}`))],
    visitsCaption: visitsLabel,
    choropleth,
  }
}

/** The map for the deck: visits by county as bars, and one table row per county with the three numbers. */
export function describeMap(model: MapSlideModel): SlideDescription {
  return {
    title: model.title,
    subtitle: model.subtitle,
    kpis: [],
    tables: [
      {
        caption: model.title,
        head: model.head,
        rows: model.tiles.map(tile => [tile.name, ...tile.values.map(v => v.value)]),
      },
    ],
    charts: [
      {
        caption: model.visitsCaption,
        option: buildStageBarsOption(
          model.tiles.map(tile => ({ label: tile.name, count: tile.visits })),
          model.visitsCaption,
          { axisFont: 24, valueFont: 26, barMaxWidth: 48 },
        ),
      },
    ],
  }
}
