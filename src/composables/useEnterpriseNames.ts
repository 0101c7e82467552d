import { getCurrentInstance, shallowRef, watch, type Ref, type WatchSource } from 'vue'
import { useI18n } from 'vue-i18n'
import { localize } from '#contract'
import { fetchEnterprise } from '@/api/enterprises'
import { i18n } from '@/i18n'

// Names fetched once per app: lists that show a handful of enterprises by id share them.
const cache = new Map<number, { zh: string, ko: string, en?: string }>()

/**
 * Enterprise names for a few ids (e.g. the rows of a short list), fetched by id and cached.
 * `name(id)` answers in the current locale, or '#id' until (or unless) the name arrives.
 */
export function useEnterpriseNames(ids: WatchSource<number[]>): { name: (id: number) => string, version: Ref<number> } {
  const version = shallowRef(0)
  const locale = getCurrentInstance() ? useI18n().locale : i18n.global.locale
  watch(ids, async (list) => {
    const missing = [...new Set(list)].filter(id => !cache.has(id))
    if (missing.length === 0) return
    const results = await Promise.allSettled(missing.map(id => fetchEnterprise(id)))
    for (const r of results) if (r.status === 'fulfilled') cache.set(r.value.id, r.value.name)
    version.value++
  }, { immediate: true })
  return {
    version,
    name: (id) => {
      void version.value // re-render when names arrive
      const n = cache.get(id)
      return n ? localize(n, locale.value) : `#${id}`
    },
  }
}
