/**
 * A list's own state in the URL (page, pageSize, sort, q and the list's filters), merged with
 * the global chain/county/period of useFilters() into the query the API function takes. The URL
 * is the only store, so a reload or a shared link restores exactly the same view, and drill-downs
 * from the Overview (/bottlenecks?status=in_progress&chain=2) land with their filters applied.
 */
import { computed, onScopeDispose, ref, watch, type ComputedRef, type Ref } from 'vue'
import { useRoute, useRouter, type LocationQuery, type LocationQueryRaw } from 'vue-router'
import type { CountyCode } from '#contract'
import { useFilters } from '@/composables/useFilters'

/** How one list filter is written in the URL and passed to the API. */
export type ListFilterSpec = { kind: 'csv'; options: readonly string[] } | { kind: 'flag' } | { kind: 'id' }

/** A multi-value filter (status=a,b) restricted to `options`; keeps their literal types. */
export function csvFilter<const T extends string>(options: readonly T[]): { kind: 'csv'; options: readonly T[] } {
  return { kind: 'csv', options }
}

export type ListFilterValue = string[] | boolean | number | undefined

export interface ListQueryOptions<F extends Record<string, ListFilterSpec>> {
  /** Sort fields the API accepts for this list (without the '-' prefix). */
  sortFields: readonly string[]
  /** Sort used when the URL names none, e.g. '-date'. */
  defaultSort: string
  /** Fields whose first click sorts descending (dates: newest first). */
  descendingFirst?: readonly string[]
  filters: F
  /** False for lists the period does not narrow (enterprises). */
  usePeriod?: boolean
  /** Debounce of the search box, in milliseconds. */
  searchDelayMs?: number
}

export const PAGE_SIZES = [10, 20, 50, 100] as const
export const DEFAULT_PAGE_SIZE = 20

export type FilterValues<F extends Record<string, ListFilterSpec>> = {
  [K in keyof F]: F[K] extends { kind: 'csv'; options: readonly (infer T)[] }
    ? T[]
    : F[K] extends { kind: 'flag' }
      ? boolean
      : number | undefined
}

/** The part of every list query that does not depend on the list's own filters. */
export interface BaseListApiQuery {
  page: number
  pageSize: number
  sort: string
  chainId?: number
  county?: CountyCode
  from?: string
  to?: string
  q?: string
}

export type ListApiQuery<F extends Record<string, ListFilterSpec>> = BaseListApiQuery & Partial<FilterValues<F>>

export interface ListQuery<F extends Record<string, ListFilterSpec>> {
  page: ComputedRef<number>
  pageSize: ComputedRef<number>
  sort: ComputedRef<string>
  /** The committed search text (from the URL). */
  q: ComputedRef<string>
  /** The search box's live text; written to the URL after the debounce. */
  searchText: Ref<string>
  filters: ComputedRef<FilterValues<F>>
  /** True when any list filter or search narrows the list (for "clear filters"). */
  isFiltered: ComputedRef<boolean>
  setFilter<K extends keyof F & string>(key: K, value: FilterValues<F>[K]): void
  clearFilters(): void
  setPage(page: number): void
  setPageSize(size: number): void
  toggleSort(field: string): void
  ariaSort(field: string): 'ascending' | 'descending' | 'none'
  /** Types into the search box; the URL follows after the debounce. */
  setSearchText(text: string): void
  /** Search now, without waiting for the debounce (Enter in the search box). */
  commitSearch(): void
  /** The query object for the list's API function. */
  apiQuery: ComputedRef<ListApiQuery<F>>
}

function first(v: LocationQuery[string] | undefined): string | undefined {
  const s = Array.isArray(v) ? v[0] : v
  return s ?? undefined
}

function positiveInt(v: string | undefined): number | undefined {
  if (!v || !/^\d+$/.test(v)) return undefined
  const n = Number(v)
  return n > 0 ? n : undefined
}

/** Reads one filter from the URL, dropping values the API would reject. */
export function parseFilter(spec: ListFilterSpec, raw: string | undefined): ListFilterValue {
  if (spec.kind === 'csv') return (raw ?? '').split(',').filter(v => spec.options.includes(v))
  if (spec.kind === 'flag') return raw === 'true'
  return positiveInt(raw)
}

/** Writes one filter back to the URL form; undefined removes the key. */
export function formatFilter(spec: ListFilterSpec, value: ListFilterValue): string | undefined {
  if (spec.kind === 'csv') return Array.isArray(value) && value.length > 0 ? value.join(',') : undefined
  if (spec.kind === 'flag') return value === true ? 'true' : undefined
  return typeof value === 'number' ? String(value) : undefined
}

/** Binds a list to the URL; call from a list view's setup. */
export function useListQuery<F extends Record<string, ListFilterSpec>>(options: ListQueryOptions<F>): ListQuery<F> {
  const route = useRoute()
  const router = useRouter()
  const global = useFilters()
  const allowedSorts = new Set(options.sortFields.flatMap(f => [f, `-${f}`]))

  const page = computed(() => positiveInt(first(route.query.page)) ?? 1)
  const pageSize = computed(() => {
    const n = positiveInt(first(route.query.pageSize))
    return n !== undefined && (PAGE_SIZES as readonly number[]).includes(n) ? n : DEFAULT_PAGE_SIZE
  })
  const sort = computed(() => {
    const s = first(route.query.sort)
    return s && allowedSorts.has(s) ? s : options.defaultSort
  })
  const q = computed(() => (first(route.query.q) ?? '').trim())
  const filters = computed(() => {
    const out: Record<string, ListFilterValue> = {}
    for (const [key, spec] of Object.entries(options.filters)) out[key] = parseFilter(spec, first(route.query[key]))
    return out as FilterValues<F>
  })
  const isFiltered = computed(
    () =>
      q.value !== '' ||
      Object.entries(options.filters).some(
        ([key, spec]) => formatFilter(spec, filters.value[key] as ListFilterValue) !== undefined,
      ),
  )

  /** Replaces URL keys (undefined deletes); every change but paging itself returns to page 1. */
  function patchQuery(patch: Record<string, string | undefined>, keepPage = false) {
    const next: LocationQueryRaw = { ...route.query }
    for (const [key, value] of Object.entries(patch)) {
      if (value === undefined) delete next[key]
      else next[key] = value
    }
    if (!keepPage) delete next.page
    if (next.page === '1') delete next.page
    void router.replace({ path: route.path, query: next, hash: route.hash })
  }

  function setFilter<K extends keyof F & string>(key: K, value: FilterValues<F>[K]) {
    const spec = options.filters[key]
    if (!spec) return
    patchQuery({ [key]: formatFilter(spec, value as ListFilterValue) })
  }

  function clearFilters() {
    const patch: Record<string, undefined> = { q: undefined }
    for (const key of Object.keys(options.filters)) patch[key] = undefined
    searchText.value = ''
    patchQuery(patch)
  }

  function setPage(p: number) {
    patchQuery({ page: String(Math.max(1, Math.floor(p))) }, true)
  }

  function setPageSize(size: number) {
    patchQuery({ pageSize: size === DEFAULT_PAGE_SIZE ? undefined : String(size) })
  }

  function toggleSort(field: string) {
    const current = sort.value
    let next: string
    if (current === field) next = `-${field}`
    else if (current === `-${field}`) next = field
    else next = options.descendingFirst?.includes(field) ? `-${field}` : field
    patchQuery({ sort: next === options.defaultSort ? undefined : next })
  }

  function ariaSort(field: string): 'ascending' | 'descending' | 'none' {
    if (sort.value === field) return 'ascending'
    if (sort.value === `-${field}`) return 'descending'
    return 'none'
  }

  // The search box types into a local ref; the URL follows after a pause so that every
  // keystroke does not become a request and a history entry.
  const searchText = ref(q.value)
  let timer: ReturnType<typeof setTimeout> | undefined
  function commitSearch() {
    if (timer) clearTimeout(timer)
    timer = undefined
    const text = searchText.value.trim()
    if (text !== q.value) patchQuery({ q: text || undefined })
  }
  function setSearchText(text: string) {
    searchText.value = text
  }
  watch(searchText, () => {
    if (timer) clearTimeout(timer)
    timer = setTimeout(commitSearch, options.searchDelayMs ?? 300)
  })
  // Back/forward or a link changes q under us: show it in the box.
  watch(q, value => {
    if (value !== searchText.value.trim()) searchText.value = value
  })
  onScopeDispose(() => {
    if (timer) clearTimeout(timer)
  })

  const apiQuery = computed(() => {
    const g = global.apiParams.value
    const query: BaseListApiQuery & Record<string, unknown> = {
      page: page.value,
      pageSize: pageSize.value,
      sort: sort.value,
      chainId: g.chainId,
      county: g.county,
    }
    if (options.usePeriod !== false) {
      query.from = g.from
      query.to = g.to
    }
    if (q.value) query.q = q.value
    for (const [key, spec] of Object.entries(options.filters)) {
      const value = filters.value[key] as ListFilterValue
      if (formatFilter(spec, value) !== undefined) query[key] = value
    }
    return query as ListApiQuery<F>
  })

  return {
    page,
    pageSize,
    sort,
    q,
    searchText,
    filters,
    isFiltered,
    setFilter,
    clearFilters,
    setPage,
    setPageSize,
    toggleSort,
    ariaSort,
    setSearchText,
    commitSearch,
    apiQuery,
  }
}
