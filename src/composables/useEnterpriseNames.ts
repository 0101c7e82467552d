/**
 * Visits and bottlenecks carry enterprise ids only. Names are fetched in one batched request per
 * tick (`/api/enterprises?ids=…`) and kept for the session — an enterprise's name hardly ever
 * changes — so a list page costs one extra request, not one per row.
 */
import { reactive, watch, type WatchSource } from 'vue'
import { useI18n } from 'vue-i18n'
import { localize, type LocalizedName } from '#contract'
import { fetchEnterprises } from '@/api/enterprises'

const BATCH = 200
const names = reactive(new Map<number, LocalizedName | null>())
const queued = new Set<number>()
let flushing: Promise<void> | null = null

async function fetchBatch(ids: number[]): Promise<void> {
  try {
    const page = await fetchEnterprises({ ids, pageSize: BATCH })
    for (const e of page.items) names.set(e.id, e.name)
    for (const id of ids) if (!names.has(id)) names.set(id, null)
  } catch {
    // Leave them unknown: a later list render asks again.
  }
}

function flush(): Promise<void> {
  const ids = [...queued]
  queued.clear()
  flushing = null
  const batches: Promise<void>[] = []
  for (let i = 0; i < ids.length; i += BATCH) batches.push(fetchBatch(ids.slice(i, i + BATCH)))
  return Promise.all(batches).then(() => undefined)
}

function request(ids: readonly number[]): void {
  for (const id of ids) if (!names.has(id)) queued.add(id)
  if (queued.size && !flushing) flushing = Promise.resolve().then(flush)
}

/** Seeds the cache from enterprises already at hand (a list page). */
export function rememberEnterpriseNames(list: readonly { id: number; name: LocalizedName }[]): void {
  for (const e of list) names.set(e.id, e.name)
}

/** Names of the enterprises whose ids `ids` yields, in the current locale ('…' while loading). */
export function useEnterpriseNames(ids: WatchSource<readonly number[]>) {
  const { locale } = useI18n()
  watch(ids, list => request(list), { immediate: true })
  return {
    enterpriseName(id: number): string {
      const name = names.get(id)
      if (name === undefined) return '…'
      return name ? localize(name, locale.value) : `#${id}`
    },
  }
}
