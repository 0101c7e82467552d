/**
 * The chart theme, matching src/styles/tokens.css. The palette keeps adjacent series apart for
 * common colour-vision deficiencies; decals (patterns) are switched on in every option as well.
 */
export const CHART_THEME_NAME = 'cockpit'

export const CHART_PALETTE = ['#1d4ed8', '#e07b00', '#0f7a3d', '#9333ea', '#c62828', '#0e7490', '#a16207', '#475569']

export const CHART_THEME = {
  color: CHART_PALETTE,
  backgroundColor: 'transparent',
  textStyle: {
    fontFamily:
      'system-ui, -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "Noto Sans CJK KR", sans-serif',
    color: '#1c2430',
  },
  categoryAxis: { axisLabel: { color: '#4d5a6b' }, axisLine: { lineStyle: { color: '#9aa5b4' } } },
  valueAxis: { axisLabel: { color: '#4d5a6b' }, splitLine: { lineStyle: { color: '#e3e8ee' } } },
  legend: { textStyle: { color: '#1c2430' } },
}
