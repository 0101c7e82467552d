/**
 * A PPTX deck from a playlist (issue 4 §2): one slide per playlist entry, in order. Each entry's
 * slide definition loads its data as the player would (live: to today; frozen: to the playlist's
 * date) and describes it; titles, KPI numbers and tables become editable text, charts become
 * images drawn in the stage theme. When the playlist asks for a watermark, every slide carries the
 * viewer's name as the player shows it. pptxgenjs and the chart renderer load only when a deck is made.
 */
import type { EChartsCoreOption } from 'echarts/core'
import type { Locale, PlaylistBody, SlideKind } from '#contract'
import { withPlainFonts } from '@/components/review/chartFonts'
import { STAGE_BACKGROUND, STAGE_TEXT, STAGE_TEXT_MUTED, STAGE_THEME_NAME } from '@/charts/stageTheme'
import type { SlideDefinition, SlideDescription } from '../slideTypes'
import type { Slide } from './pptxTypes'
import { addWatermark } from './watermark'
import { TABLE_CELL_MARGIN, fitTable } from './tableFit'
import type { MessageKey } from '@/locales/messageKeys'

export type DeckTranslate = (key: MessageKey, named?: Record<string, unknown>) => string

/** Who the deck is made for: its language, the app's translate, and the name a watermark shows. */
export interface DeckAudience {
  t: DeckTranslate
  locale: Locale
  /** The signed-in user's display name; without one no watermark is drawn, as in the player. */
  viewerName?: string
}

/** What the deck needs from the rest of the app; tests inject fakes, the app uses the defaults. */
export interface DeckDependencies {
  loadDefinition: (kind: SlideKind) => Promise<SlideDefinition>
  /** A chart option as a PNG of `width`×`height` CSS pixels. */
  renderChart: (option: EChartsCoreOption, width: number, height: number) => Promise<Blob>
}

const defaultDependencies: DeckDependencies = {
  loadDefinition: async kind => (await import('../slides/registry')).loadSlideDefinition(kind),
  renderChart: async (option, width, height) =>
    (await import('@/charts/chartImage')).optionToPngBlob(withPlainFonts(option), width, height, STAGE_THEME_NAME),
}

/**
 * The deck's font: Office substitutes a font it lacks, but a Latin-only substitute shows CJK as
 * boxes, so name a CJK face Chinese and Korean Windows machines (the meeting rooms') ship with.
 */
export const DECK_FONTS: Record<Locale, string> = {
  'zh-CN': 'Microsoft YaHei',
  'ko-CN': 'Malgun Gothic',
  en: 'Microsoft YaHei',
}

/** 16:9 "wide" layout, in inches. */
const SLIDE = { w: 13.333, h: 7.5, margin: 0.5 }
const KPIS_PER_ROW = 6
/** Pixels per inch a chart is drawn at (the renderer doubles it again for sharpness). */
const CHART_PPI = 150

const hex = (css: string) => css.replace('#', '').toUpperCase()

/** A Blob as the base64 data string pptxgenjs takes for images. */
async function pngData(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer())
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return `image/png;base64,${btoa(binary)}`
}

interface Box {
  x: number
  y: number
  w: number
  h: number
}

/** Splits a box into `n` equal rows with a gap. */
function stack(box: Box, n: number, gap = 0.2): Box[] {
  const h = (box.h - gap * (n - 1)) / n
  return Array.from({ length: n }, (_, i) => ({ x: box.x, y: box.y + i * (h + gap), w: box.w, h }))
}

/** How one slide is drawn: its font, the watermark's name (if any), and the note for rows left out of a table. */
interface DrawContext {
  font: string
  watermark: string | null
  moreRows: (n: number) => string
  renderChart: DeckDependencies['renderChart']
}

/** Lays out one described slide, then the watermark over it, faint, as the player draws it on the stage. */
async function drawSlide(slide: Slide, d: SlideDescription, context: DrawContext): Promise<void> {
  await drawContent(slide, d, context)
  if (context.watermark) addWatermark(slide, context.watermark, context.font, SLIDE.w, SLIDE.h)
}

/** Title, subtitle, KPI boxes, then charts (left) and tables (right). */
async function drawContent(
  slide: Slide,
  d: SlideDescription,
  { font, moreRows, renderChart }: DrawContext,
): Promise<void> {
  const text = { fontFace: font, color: hex(STAGE_TEXT), margin: 0 }
  const muted = { ...text, color: hex(STAGE_TEXT_MUTED) }
  const width = SLIDE.w - 2 * SLIDE.margin
  slide.background = { color: hex(STAGE_BACKGROUND) }
  slide.addText(d.title, {
    ...text,
    x: SLIDE.margin,
    y: 0.3,
    w: width,
    h: 0.7,
    fontSize: 28,
    bold: true,
    fit: 'shrink',
  })
  let top = 1.0
  if (d.subtitle) {
    slide.addText(d.subtitle, { ...muted, x: SLIDE.margin, y: top, w: width, h: 0.4, fontSize: 14 })
    top += 0.45
  }
  top += 0.15

  for (let row = 0; row * KPIS_PER_ROW < d.kpis.length; row++) {
    const items = d.kpis.slice(row * KPIS_PER_ROW, (row + 1) * KPIS_PER_ROW)
    const boxW = (width - 0.2 * (KPIS_PER_ROW - 1)) / KPIS_PER_ROW
    items.forEach((k, i) => {
      const x = SLIDE.margin + i * (boxW + 0.2)
      slide.addShape('rect', {
        x,
        y: top,
        w: boxW,
        h: 1.05,
        fill: { color: '16213A' },
        line: { color: '334155', width: 0.75 },
      })
      slide.addText(k.label, {
        ...muted,
        x: x + 0.12,
        y: top + 0.08,
        w: boxW - 0.24,
        h: 0.35,
        fontSize: 12,
        fit: 'shrink',
      })
      slide.addText(k.value, {
        ...text,
        x: x + 0.12,
        y: top + 0.45,
        w: boxW - 0.24,
        h: 0.5,
        fontSize: 24,
        bold: true,
        fit: 'shrink',
      })
    })
    top += 1.2
  }

  const area: Box = { x: SLIDE.margin, y: top + 0.1, w: width, h: SLIDE.h - 0.3 - (top + 0.1) }
  if (area.h < 1 || (d.charts.length === 0 && d.tables.length === 0)) return
  const split = d.charts.length > 0 && d.tables.length > 0
  const chartArea: Box = split ? { ...area, w: area.w * 0.58 } : area
  const tableArea: Box = split ? { ...area, x: area.x + area.w * 0.58 + 0.3, w: area.w * 0.42 - 0.3 } : area

  const chartBoxes = stack(chartArea, Math.max(1, d.charts.length))
  for (const [i, chart] of d.charts.entries()) {
    const box = chartBoxes[i]!
    slide.addText(chart.caption, { ...muted, x: box.x, y: box.y, w: box.w, h: 0.3, fontSize: 12 })
    const img = { x: box.x, y: box.y + 0.32, w: box.w, h: box.h - 0.32 }
    const png = await renderChart(chart.option, Math.round(img.w * CHART_PPI), Math.round(img.h * CHART_PPI))
    slide.addImage({ data: await pngData(png), ...img, altText: chart.caption })
  }

  const tableBoxes = stack(tableArea, Math.max(1, d.tables.length))
  for (const [i, table] of d.tables.entries()) {
    const box = tableBoxes[i]!
    slide.addText(table.caption, { ...muted, x: box.x, y: box.y, w: box.w, h: 0.3, fontSize: 12 })
    // One slide per playlist entry: a long table shrinks its font, then says how many rows it leaves out.
    const fit = fitTable(table, box.w, box.h - 0.35)
    const cell = (value: string, header = false) => ({
      text: value,
      options: { bold: header, fill: { color: header ? '1E293B' : '0F172A' } },
    })
    const note = {
      text: moreRows(fit.hidden),
      options: {
        colspan: Math.max(1, table.head.length),
        italic: true,
        color: hex(STAGE_TEXT_MUTED),
        fill: { color: '0F172A' },
      },
    }
    slide.addTable(
      [
        table.head.map(h => cell(h, true)),
        ...fit.rows.map(r => r.map(v => cell(v))),
        ...(fit.hidden > 0 ? [[note]] : []),
      ],
      {
        ...text,
        x: box.x,
        y: box.y + 0.35,
        w: box.w,
        fontSize: fit.fontSize,
        rowH: fit.rowHeights,
        border: { type: 'solid', color: '334155', pt: 0.5 },
        margin: TABLE_CELL_MARGIN,
      },
    )
  }
}

/**
 * Builds the deck for the playlist: one slide per entry, in order, with the entry's filter, the
 * playlist's masking, its period (frozen as of its date, else live to today) and, when it asks for
 * one, the viewer's name as a watermark on every slide. Fails if any
 * slide's data cannot be loaded, rather than handing out a deck with gaps.
 */
export async function exportDeck(
  playlist: PlaylistBody,
  { t, locale, viewerName }: DeckAudience,
  dependencies: Partial<DeckDependencies> = {},
): Promise<Blob> {
  const deps = { ...defaultDependencies, ...dependencies }
  const kinds = [...new Set(playlist.slides.map(s => s.kind))]
  const definitions = new Map(await Promise.all(kinds.map(async k => [k, await deps.loadDefinition(k)] as const)))
  const asOf = playlist.mode === 'frozen' ? playlist.asOf : null
  const descriptions = await Promise.all(
    playlist.slides.map(async entry => {
      const definition = definitions.get(entry.kind)!
      const data = await definition.load(entry.filter, { asOf, masked: playlist.masked })
      return definition.describe(data, entry.filter, { masked: playlist.masked, locale }, t)
    }),
  )

  const { default: PptxGenJS } = await import('pptxgenjs')
  const pptx = new PptxGenJS()
  pptx.layout = 'LAYOUT_WIDE'
  pptx.title = playlist.name
  pptx.theme = { headFontFace: DECK_FONTS[locale], bodyFontFace: DECK_FONTS[locale] }
  const context: DrawContext = {
    font: DECK_FONTS[locale],
    watermark: playlist.watermark && viewerName ? viewerName : null,
    moreRows: n => t('present.slides.common.moreRows', { n }),
    renderChart: deps.renderChart,
  }
  for (const d of descriptions) await drawSlide(pptx.addSlide(), d, context)
  const bytes = (await pptx.write({ outputType: 'arraybuffer' })) as ArrayBuffer
  return new Blob([bytes], { type: 'application/vnd.openxmlformats-officedocument.presentationml.presentation' })
}
