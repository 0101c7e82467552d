/**
 * Marks `kpi-visible` in the page's performance timeline when the first KPI number reaches the
 * screen: the moment the bench measures (tests/bench/firstKpi.ts, and Lighthouse's user timings).
 * Once per page load; the frame after mount is when the browser paints it.
 */
import { onMounted } from 'vue'

export const KPI_VISIBLE_MARK = 'kpi-visible'

export function useKpiVisibleMark(): void {
  onMounted(() => {
    if (typeof performance === 'undefined' || typeof requestAnimationFrame === 'undefined') return
    requestAnimationFrame(() => {
      if (performance.getEntriesByName(KPI_VISIBLE_MARK, 'mark').length === 0) performance.mark(KPI_VISIBLE_MARK)
    })
  })
}
