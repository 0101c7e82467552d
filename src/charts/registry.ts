/**
 * The one ECharts registry: only what the app draws is bundled (never `import 'echarts'`).
 * Imported by BaseChart.vue alone, so all of ECharts lands in the lazy chart chunk.
 */
import { use, registerTheme } from 'echarts/core'
import { BarChart, FunnelChart, LineChart } from 'echarts/charts'
import { AriaComponent, GridComponent, LegendComponent, TitleComponent, TooltipComponent } from 'echarts/components'
// SVG, not canvas: charts stay crisp at any devicePixelRatio and under display scaling (a
// CSS-scaled canvas blurs on projectors), and each bar is a real element a browser test can click.
import { SVGRenderer } from 'echarts/renderers'
import { CHART_THEME, CHART_THEME_NAME } from './theme'

use([
  BarChart,
  LineChart,
  FunnelChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  AriaComponent,
  TitleComponent,
  SVGRenderer,
])

registerTheme(CHART_THEME_NAME, CHART_THEME)
