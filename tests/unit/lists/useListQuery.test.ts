import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, nextTick } from 'vue'
import { mount } from '@vue/test-utils'
import { createMemoryHistory, createRouter, type Router } from 'vue-router'
import { BOTTLENECK_STATES } from '#contract'
import { csvFilter, useListQuery, type ListQuery } from '@/composables/useListQuery'

const FILTERS = {
  status: csvFilter(BOTTLENECK_STATES),
  overdue: { kind: 'flag' as const },
  enterpriseId: { kind: 'id' as const },
}

let router: Router
let list: ListQuery<typeof FILTERS>

const Harness = defineComponent({
  setup() {
    list = useListQuery({
      sortFields: ['raisedOn', 'status'],
      defaultSort: '-raisedOn',
      descendingFirst: ['raisedOn'],
      filters: FILTERS,
      searchDelayMs: 300,
    })
    return () => h('div')
  },
})

async function mountAt(url: string) {
  router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/bottlenecks', component: Harness }] })
  await router.push(url)
  await router.isReady()
  const wrapper = mount({ render: () => h(Harness) }, { global: { plugins: [router] } })
  await nextTick()
  return wrapper
}

async function settle() {
  await vi.runOnlyPendingTimersAsync()
  await nextTick()
}

describe('useListQuery', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] })
    vi.setSystemTime(new Date('2026-11-26T04:00:00Z'))
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('reads an Overview drill-down link into the API query, global filters included', async () => {
    await mountAt(
      '/bottlenecks?status=in_progress,escalated&chain=2&period=ytd&overdue=true&page=3&pageSize=50&sort=status&q=%E8%B4%B7%E6%AC%BE',
    )
    expect(list.apiQuery.value).toEqual({
      page: 3,
      pageSize: 50,
      sort: 'status',
      chainId: 2,
      county: undefined,
      from: '2026-01-01',
      to: '2026-11-26',
      q: '贷款',
      status: ['in_progress', 'escalated'],
      overdue: true,
    })
    expect(list.filters.value.status).toEqual(['in_progress', 'escalated'])
    expect(list.searchText.value).toBe('贷款')
  })

  it('falls back to defaults and drops values the API would reject', async () => {
    await mountAt('/bottlenecks?status=in_progress,bogus&page=-2&pageSize=7&sort=hacked&enterpriseId=abc')
    expect(list.apiQuery.value.page).toBe(1)
    expect(list.apiQuery.value.pageSize).toBe(20)
    expect(list.apiQuery.value.sort).toBe('-raisedOn')
    expect(list.apiQuery.value.status).toEqual(['in_progress'])
    expect('enterpriseId' in list.apiQuery.value).toBe(false)
  })

  it('writes a filter change to the URL and returns to page 1', async () => {
    await mountAt('/bottlenecks?page=4&chain=2')
    list.setFilter('status', ['assigned', 'disputed'])
    await settle()
    expect(router.currentRoute.value.query).toEqual({ chain: '2', status: 'assigned,disputed' })
    expect(list.page.value).toBe(1)
  })

  it('removes a filter from the URL when it is cleared', async () => {
    await mountAt('/bottlenecks?status=assigned&overdue=true&page=2')
    list.setFilter('overdue', false)
    await settle()
    expect(router.currentRoute.value.query).toEqual({ status: 'assigned' })
  })

  it('keeps the other query keys when paging and leaves page 1 out of the URL', async () => {
    await mountAt('/bottlenecks?status=assigned')
    list.setPage(3)
    await settle()
    expect(router.currentRoute.value.query).toEqual({ status: 'assigned', page: '3' })
    list.setPage(1)
    await settle()
    expect(router.currentRoute.value.query).toEqual({ status: 'assigned' })
  })

  it('toggles sort direction and reports aria-sort', async () => {
    await mountAt('/bottlenecks')
    expect(list.ariaSort('raisedOn')).toBe('descending')
    list.toggleSort('status')
    await settle()
    expect(router.currentRoute.value.query.sort).toBe('status')
    expect(list.ariaSort('status')).toBe('ascending')
    list.toggleSort('status')
    await settle()
    expect(list.ariaSort('status')).toBe('descending')
    expect(list.ariaSort('raisedOn')).toBe('none')
  })

  it('debounces the search box before writing q to the URL', async () => {
    await mountAt('/bottlenecks?page=2')
    list.searchText.value = '融'
    await nextTick()
    list.searchText.value = '融资'
    await nextTick()
    await vi.advanceTimersByTimeAsync(200)
    expect(router.currentRoute.value.query.q).toBeUndefined()
    await vi.advanceTimersByTimeAsync(150)
    await nextTick()
    expect(router.currentRoute.value.query).toEqual({ q: '融资' })
    expect(list.apiQuery.value.q).toBe('融资')
  })

  it('shows a q that arrives through navigation in the search box', async () => {
    await mountAt('/bottlenecks')
    await router.push('/bottlenecks?q=%E7%89%A9%E6%B5%81')
    await nextTick()
    expect(list.searchText.value).toBe('物流')
  })

  it('clears every list filter and the search at once', async () => {
    await mountAt('/bottlenecks?status=assigned&overdue=true&q=x&chain=3&sort=status')
    expect(list.isFiltered.value).toBe(true)
    list.clearFilters()
    await settle()
    expect(router.currentRoute.value.query).toEqual({ chain: '3', sort: 'status' })
    expect(list.isFiltered.value).toBe(false)
  })
})
