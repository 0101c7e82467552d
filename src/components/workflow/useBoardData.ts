import { computed, shallowRef, watch, type Ref } from 'vue'
import type { Bottleneck, BottleneckListQuery, BottleneckState, CountyCode } from '#contract'
import { fetchBottlenecks } from '@/api/bottlenecks'
import type { ApiError } from '@/api/http'
import { toApiError } from '@/composables/useResource'
import { BOARD_COLUMNS, COLLAPSED_COLUMNS } from './boardColumns'

/** One column's cards (up to the list endpoint's page limit) and its exact total. */
export interface BoardColumnData {
  state: BottleneckState
  items: Bottleneck[]
  total: number
}

const PAGE = 200

/** Deadline columns read soonest deadline first; the rest longest waiting first. */
function sortFor(state: BottleneckState): BottleneckListQuery['sort'] {
  return ['assigned', 'disputed', 'in_progress', 'escalated'].includes(state) ? 'resolveBy' : 'raisedOn'
}

/**
 * The board's data: one request per column (so each shows its exact total), filtered by the
 * global chain and county — not by period: the board shows the work standing now, whenever raised.
 */
export function useBoardData(filters: { chainId: Ref<number | undefined>; county: Ref<CountyCode | undefined> }) {
  const columns = shallowRef<BoardColumnData[]>([])
  const collapsed = shallowRef<BoardColumnData[]>([])
  const error = shallowRef<ApiError | undefined>(undefined)
  const isLoading = shallowRef(false)
  let latest = 0

  async function load(state: BottleneckState, pageSize: number): Promise<BoardColumnData> {
    const page = await fetchBottlenecks({
      status: [state],
      chainId: filters.chainId.value,
      county: filters.county.value,
      pageSize,
      sort: sortFor(state),
    })
    return { state, items: page.items, total: page.total }
  }

  async function refresh(): Promise<void> {
    const ticket = ++latest
    isLoading.value = true
    try {
      const [open, done] = await Promise.all([
        Promise.all(BOARD_COLUMNS.map(s => load(s, PAGE))),
        Promise.all(COLLAPSED_COLUMNS.map(s => load(s, 1))),
      ])
      if (ticket !== latest) return
      columns.value = open
      collapsed.value = done.map(c => ({ ...c, items: [] }))
      error.value = undefined
    } catch (err) {
      if (ticket === latest) error.value = toApiError(err)
    } finally {
      if (ticket === latest) isLoading.value = false
    }
  }

  watch([filters.chainId, filters.county], () => {
    void refresh()
  })
  void refresh()
  const enterpriseIds = computed(() => [...new Set(columns.value.flatMap(c => c.items.map(b => b.enterpriseId)))])
  return { columns, collapsed, error, isLoading, refresh, enterpriseIds }
}
