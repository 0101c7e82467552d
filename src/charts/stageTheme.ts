/**
 * The big-screen chart theme: light type on the presentation stage's dark background, sized to be
 * read from the back of a room at 1920×1080. Colours keep at least 4.5:1 against the background
 * (#0b1220) for text and 3:1 for marks (WCAG AA), and stay apart for common colour-vision
 * deficiencies; the option builders add decals and labels so colour is never the only cue.
 */
export const STAGE_THEME_NAME = 'cockpit-stage'

/** The stage background; slides and the player share it (src/components/present/slides). */
export const STAGE_BACKGROUND = '#0b1220'
export const STAGE_TEXT = '#f1f5f9'
export const STAGE_TEXT_MUTED = '#cbd5e1'
export const STAGE_GRID_LINE = '#334155'

/** Series colours, in order: sky, amber, green, violet, rose, teal. */
export const STAGE_PALETTE = ['#60a5fa', '#fbbf24', '#4ade80', '#c4b5fd', '#fb7185', '#2dd4bf']

export const STAGE_FONT_FAMILY =
  'system-ui, -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "Noto Sans CJK KR", sans-serif'

const axisText = { color: STAGE_TEXT_MUTED, fontSize: 24 }

export const STAGE_THEME = {
  color: STAGE_PALETTE,
  backgroundColor: 'transparent',
  textStyle: { fontFamily: STAGE_FONT_FAMILY, color: STAGE_TEXT, fontSize: 24 },
  title: { textStyle: { color: STAGE_TEXT, fontSize: 28 } },
  legend: { textStyle: { color: STAGE_TEXT, fontSize: 24 }, itemWidth: 32, itemHeight: 18, itemGap: 32 },
  categoryAxis: {
    axisLabel: axisText,
    axisLine: { lineStyle: { color: '#64748b' } },
    axisTick: { show: false },
    nameTextStyle: axisText,
  },
  valueAxis: {
    axisLabel: axisText,
    splitLine: { lineStyle: { color: STAGE_GRID_LINE } },
    nameTextStyle: axisText,
  },
  tooltip: { textStyle: { fontSize: 20 } },
}
