/**
 * Charts as PNG images. The app draws with ECharts' SVG renderer, whose getDataURL gives SVG, so
 * the SVG is rasterised here: drawn into a canvas at twice its size (sharp when printed or shown
 * on a projector) over an opaque background, then encoded as PNG. Text in the SVG is drawn with
 * the system's fonts, which is where the CJK glyphs come from (fonts-noto-cjk on Linux).
 * Also renders an arbitrary option offscreen, for slide decks (PPTX) that need chart pictures.
 */
import { init, registerTheme, type ECharts, type EChartsCoreOption } from 'echarts/core'
import './registry'
import { CHART_THEME_NAME } from './theme'
import { STAGE_BACKGROUND, STAGE_THEME, STAGE_THEME_NAME } from './stageTheme'

registerTheme(STAGE_THEME_NAME, STAGE_THEME)

/** Pixels per CSS pixel in exported images. */
export const EXPORT_SCALE = 2

export interface RasterOptions {
  /** Pixels per CSS pixel (default EXPORT_SCALE). */
  scale?: number
  /** Opaque background behind the chart (charts themselves are transparent). */
  background?: string
}

/** The page background a theme's charts sit on, so the picture looks as it did on screen. */
function backgroundFor(themeName: string | undefined): string {
  return themeName === STAGE_THEME_NAME ? STAGE_BACKGROUND : '#ffffff'
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image()
    img.onload = () => resolve(img)
    img.onerror = () => reject(new Error('the chart SVG could not be loaded as an image'))
    img.src = url
  })
}

function canvasToBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => {
    canvas.toBlob(
      blob => (blob ? resolve(blob) : reject(new Error('the canvas could not be encoded as PNG'))),
      'image/png',
    )
  })
}

/**
 * ECharts writes style attributes without escaping the double quotes of font names
 * (style="font-family:system-ui, "Segoe UI", …;"), which is not XML, so no image would load:
 * those quotes become single quotes, which CSS reads the same.
 */
export function quoteSafeStyles(svg: string): string {
  return svg.replace(/ style="(.*?);"(?=[\s/>])/g, (_, body: string) => ` style="${body.replace(/"/g, "'")};"`)
}

/**
 * The SVG at `scale` times its size: a viewBox keeps the drawing's coordinates while width and
 * height grow, so the browser rasterises the vectors at full resolution instead of enlarging pixels.
 */
function scaledSvg(svg: string, width: number, height: number, scale: number): string {
  const doc = new DOMParser().parseFromString(quoteSafeStyles(svg), 'image/svg+xml')
  if (doc.querySelector('parsererror')) throw new Error('the chart SVG is not well-formed')
  const root = doc.documentElement
  if (!root.getAttribute('viewBox')) root.setAttribute('viewBox', `0 0 ${width} ${height}`)
  root.setAttribute('width', String(Math.round(width * scale)))
  root.setAttribute('height', String(Math.round(height * scale)))
  return new XMLSerializer().serializeToString(doc)
}

/** Rasterises SVG markup of `width`×`height` CSS pixels into a PNG Blob. */
export async function svgToPngBlob(
  svg: string,
  width: number,
  height: number,
  options: RasterOptions = {},
): Promise<Blob> {
  const scale = options.scale ?? EXPORT_SCALE
  const url = URL.createObjectURL(
    new Blob([scaledSvg(svg, width, height, scale)], { type: 'image/svg+xml;charset=utf-8' }),
  )
  try {
    const img = await loadImage(url)
    const canvas = document.createElement('canvas')
    canvas.width = Math.max(1, Math.round(width * scale))
    canvas.height = Math.max(1, Math.round(height * scale))
    const ctx = canvas.getContext('2d')
    if (!ctx) throw new Error('no 2D canvas context')
    ctx.fillStyle = options.background ?? '#ffffff'
    ctx.fillRect(0, 0, canvas.width, canvas.height)
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height)
    return await canvasToBlob(canvas)
  } finally {
    URL.revokeObjectURL(url)
  }
}

/** A live chart (SVG renderer) as a PNG Blob, at its on-screen size times the scale. */
export function chartToPngBlob(chart: ECharts, options: RasterOptions = {}): Promise<Blob> {
  return svgToPngBlob(chart.renderToSVGString(), chart.getWidth(), chart.getHeight(), options)
}

/** A live chart as a PNG data URL (for libraries that take images as data URLs). */
export async function chartToPngDataUrl(chart: ECharts, options: RasterOptions = {}): Promise<string> {
  return blobToDataUrl(await chartToPngBlob(chart, options))
}

/** Reads a Blob as a data URL. */
export function blobToDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(String(reader.result))
    reader.onerror = () => reject(reader.error ?? new Error('the image could not be read'))
    reader.readAsDataURL(blob)
  })
}

/**
 * Renders `option` offscreen at `width`×`height` with the theme (default: the app's; the stage
 * theme gets the stage's dark background) and returns a PNG Blob. Nothing is added to the page
 * and the instance is disposed before returning. Animation is off so the picture is final.
 */
export async function optionToPngBlob(
  option: EChartsCoreOption,
  width: number,
  height: number,
  themeName: string = CHART_THEME_NAME,
  options: RasterOptions = {},
): Promise<Blob> {
  const chart = init(null, themeName, { renderer: 'svg', ssr: true, width, height })
  let svg: string
  try {
    chart.setOption({ ...option, animation: false }, true)
    svg = chart.renderToSVGString()
  } finally {
    chart.dispose()
  }
  return svgToPngBlob(svg, width, height, { background: backgroundFor(themeName), ...options })
}
