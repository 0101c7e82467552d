import { defineAsyncComponent } from 'vue'

/**
 * The chart component, loaded on first use: ECharts (~200 KB gz) stays out of the first paint.
 * Props and events are BaseChart's: { option, height?, ariaLabel }, emits `chart-click`.
 */
export const LazyChart = defineAsyncComponent(() => import('./BaseChart.vue'))
