import { onBeforeUnmount, ref, watch, type Ref } from 'vue'

/** What localStorage holds for one draft. */
interface StoredDraft<T> {
  v: 1
  savedAt: string
  data: T
}

export interface Draft<T> {
  /** The form's state; every change is saved (debounced). Undefined until `start()`. */
  data: Ref<T | undefined>
  /** True when `start()` found a draft on this device and restored it. */
  restored: Ref<boolean>
  /** When the draft was last written (ISO instant), or null. */
  savedAt: Ref<string | null>
  /** True when the device refused to store the draft (storage full or blocked). */
  saveFailed: Ref<boolean>
  /** Restores the stored draft, or begins from `create()`; autosave runs from then on. */
  start: (create: () => T) => boolean
  /** Writes now, skipping the debounce. */
  flush: () => void
  /** Deletes the stored draft and stops autosaving (after a successful submit, or when the user discards it; `start` again to go on). */
  clear: () => void
}

export interface DraftOptions {
  /** Milliseconds of quiet before a change is written. */
  debounceMs?: number
  /** Where to keep drafts; localStorage unless a test passes another. */
  storage?: Storage
  /** Accepts a stored value as this draft's shape (old or foreign data is ignored). */
  isValid?: (data: unknown) => boolean
}

const PREFIX = 'chain-cockpit.draft.'

function defaultStorage(): Storage | undefined {
  try {
    return globalThis.localStorage
  } catch {
    return undefined // blocked by policy: the form still works, it just cannot keep a draft
  }
}

function read<T>(
  storage: Storage | undefined,
  key: string,
  isValid: (d: unknown) => boolean,
): StoredDraft<T> | undefined {
  try {
    const raw = storage?.getItem(PREFIX + key)
    if (!raw) return undefined
    const parsed = JSON.parse(raw) as Partial<StoredDraft<T>>
    return parsed?.v === 1 && typeof parsed.savedAt === 'string' && isValid(parsed.data)
      ? (parsed as StoredDraft<T>)
      : undefined
  } catch {
    return undefined
  }
}

/**
 * A form's draft kept on this device under `key`: restored when the page opens again (a reload, a
 * closed tab, a crash), written on every change after a short pause and at once when the page is
 * hidden or left, and deleted only when the caller says so (after a successful submit). Drafts of
 * different users or records need different keys.
 */
export function useDraft<T>(key: string, options: DraftOptions = {}): Draft<T> {
  const { debounceMs = 400, isValid = (d: unknown) => typeof d === 'object' && d !== null } = options
  const storage = options.storage ?? defaultStorage()
  const data = ref<T>() as Ref<T | undefined>
  const restored = ref(false)
  const savedAt = ref<string | null>(null)
  const saveFailed = ref(false)
  let timer: ReturnType<typeof setTimeout> | undefined
  let dirty = false
  let stopWatch: (() => void) | undefined

  function flush(): void {
    clearTimeout(timer)
    timer = undefined
    if (!dirty || data.value === undefined) return
    dirty = false
    const at = new Date().toISOString()
    try {
      storage?.setItem(PREFIX + key, JSON.stringify({ v: 1, savedAt: at, data: data.value } satisfies StoredDraft<T>))
      savedAt.value = at
      saveFailed.value = !storage
    } catch {
      saveFailed.value = true
    }
  }

  function schedule(): void {
    dirty = true
    clearTimeout(timer)
    timer = setTimeout(flush, debounceMs)
  }

  function start(create: () => T): boolean {
    const stored = read<T>(storage, key, isValid)
    data.value = stored ? stored.data : create()
    restored.value = !!stored
    savedAt.value = stored?.savedAt ?? null
    stopWatch?.()
    stopWatch = watch(data, schedule, { deep: true })
    return restored.value
  }

  function clear(): void {
    stopWatch?.()
    stopWatch = undefined
    clearTimeout(timer)
    timer = undefined
    dirty = false
    try {
      storage?.removeItem(PREFIX + key)
    } catch {
      /* nothing stored, nothing to remove */
    }
    savedAt.value = null
    restored.value = false
  }

  // A phone may kill a backgrounded tab without another event: write when the page is hidden.
  const onHidden = () => {
    if (document.visibilityState === 'hidden') flush()
  }
  if (typeof document !== 'undefined') {
    document.addEventListener('visibilitychange', onHidden)
    window.addEventListener('pagehide', flush)
  }
  onBeforeUnmount(() => {
    flush()
    stopWatch?.()
    if (typeof document !== 'undefined') {
      document.removeEventListener('visibilitychange', onHidden)
      window.removeEventListener('pagehide', flush)
    }
  })

  return { data, restored, savedAt, saveFailed, start, flush, clear }
}
