import { ref, shallowRef, watch, type Ref, type WatchSource } from 'vue'
import { ApiError } from '@/api/http'

export interface Resource<T> {
  data: Ref<T | undefined>
  error: Ref<ApiError | undefined>
  isLoading: Ref<boolean>
  refresh: () => Promise<void>
}

/** Any thrown value as an ApiError, so templates deal with one error type. */
export function toApiError(err: unknown): ApiError {
  if (err instanceof ApiError) return err
  return new ApiError(0, 'unknown', err instanceof Error ? err.message : String(err))
}

/**
 * Server data for a component: fetches immediately and again whenever `deps` change.
 * A response that arrives after a newer request has started is dropped, so quick filter
 * changes never leave stale data on screen. Data from the last success stays visible while
 * reloading (isLoading says a request is in flight).
 */
export function useResource<T>(fetcher: () => Promise<T>, deps?: WatchSource | WatchSource[]): Resource<T> {
  const data = shallowRef<T | undefined>(undefined) as Ref<T | undefined>
  const error = shallowRef<ApiError | undefined>(undefined)
  const isLoading = ref(false)
  let latest = 0

  async function refresh(): Promise<void> {
    const ticket = ++latest
    isLoading.value = true
    error.value = undefined
    try {
      const result = await fetcher()
      if (ticket !== latest) return
      data.value = result
    } catch (err) {
      if (ticket !== latest) return
      error.value = toApiError(err)
    } finally {
      if (ticket === latest) isLoading.value = false
    }
  }

  if (deps)
    watch(
      deps,
      () => {
        void refresh()
      },
      { deep: true },
    )
  void refresh()
  return { data, error, isLoading, refresh }
}
