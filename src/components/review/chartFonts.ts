/**
 * Chart options made safe for rasterising through an SVG string. The chart themes list fonts in
 * double quotes ("Noto Sans CJK SC"); ECharts writes them unescaped into the SVG's style
 * attributes, which makes the SVG string invalid and its image fail to load. Font names written
 * without quotes are valid CSS, so the exports set this list on the option itself (which wins over
 * the theme's) before the option is drawn as a picture.
 */
import type { EChartsCoreOption } from 'echarts/core'

/** The themes' fonts, unquoted: CJK faces first so Chinese and Korean render as glyphs, never boxes. */
export const PLAIN_CHART_FONTS =
  'Noto Sans CJK SC, Noto Sans CJK KR, Microsoft YaHei, Malgun Gothic, PingFang SC, system-ui, sans-serif'

/** The option with its global text style's font family set to PLAIN_CHART_FONTS. */
export function withPlainFonts(option: EChartsCoreOption): EChartsCoreOption {
  const textStyle = (option.textStyle ?? {}) as Record<string, unknown>
  return { ...option, textStyle: { ...textStyle, fontFamily: PLAIN_CHART_FONTS } }
}
