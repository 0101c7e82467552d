import { reactive, watch, type WatchSource } from 'vue'
import { useI18n } from 'vue-i18n'
import { localize, type LocalizedName } from '#contract'
import { fetchEnterprise } from '@/api/enterprises'

/**
 * Visits and bottlenecks carry enterprise ids only. Names are fetched once per id and kept for
 * the session (an enterprise's name hardly ever changes), so lists can show who is concerned.
 */
const names = reactive(new Map<number, LocalizedName | null>())
const inFlight = new Set<number>()

function load(id: number) {
  if (names.has(id) || inFlight.has(id)) return
  inFlight.add(id)
  fetchEnterprise(id)
    .then(e => names.set(id, e.name))
    .catch(() => names.set(id, null))
    .finally(() => inFlight.delete(id))
}

/** Seeds the cache from enterprises already at hand (a list page). */
export function rememberEnterpriseNames(list: readonly { id: number, name: LocalizedName }[]): void {
  for (const e of list) names.set(e.id, e.name)
}

/** Names of the enterprises whose ids `ids` yields, in the current locale ('…' while loading). */
export function useEnterpriseNames(ids: WatchSource<readonly number[]>) {
  const { locale } = useI18n()
  watch(ids, list => list.forEach(load), { immediate: true })
  return {
    enterpriseName(id: number): string {
      const name = names.get(id)
      if (name === undefined) return '…'
      return name ? localize(name, locale.value) : `#${id}`
    },
  }
}
