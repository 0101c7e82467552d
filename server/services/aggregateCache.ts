/**
 * A per-process cache of responses (Overview, Trends, list pages), keyed on the database's
 * data_version so every instance drops stale entries as soon as any write bumps it. Least recently
 * used entries go first once the cache holds more than its limits allow.
 */
import type { Kysely } from 'kysely'
import type { Database } from '../db/schema'
import { readDataVersion } from '../repositories/meta'

export interface CacheLimits {
  /** At most this many entries. */
  maxEntries: number
  /** At most this many characters over the entries whose value is a string (serialised responses). */
  maxChars?: number
}

const DEFAULT_LIMITS: CacheLimits = { maxEntries: 500 }

export interface AggregateCache {
  /** The cached value for `key` at the current data_version, computing it on a miss. */
  get<T>(key: string, compute: () => Promise<T>): Promise<T>
  /** How many entries and string characters the cache holds now (tests check the limits). */
  size(): { entries: number; chars: number }
}

interface Entry {
  value: Promise<unknown>
  chars: number
}

/** Creates a cache for one database. Entries of an older data_version are dropped on the next read. */
export function createAggregateCache(db: Kysely<Database>, limits: CacheLimits = DEFAULT_LIMITS): AggregateCache {
  const maxChars = limits.maxChars ?? Number.POSITIVE_INFINITY
  let version = -1
  // A Map iterates in insertion order: re-inserting on every hit keeps the least recently used first.
  const entries = new Map<string, Entry>()
  let chars = 0

  function drop(key: string): void {
    const entry = entries.get(key)
    if (!entry) return
    chars -= entry.chars
    entries.delete(key)
  }
  function evict(): void {
    while (entries.size > limits.maxEntries || chars > maxChars) {
      const oldest = entries.keys().next()
      if (oldest.done) return
      drop(oldest.value)
    }
  }

  return {
    async get<T>(key: string, compute: () => Promise<T>): Promise<T> {
      const current = await readDataVersion(db)
      if (current !== version) {
        entries.clear()
        chars = 0
        version = current
      }
      const hit = entries.get(key)
      if (hit) {
        entries.delete(key)
        entries.set(key, hit)
        return hit.value as Promise<T>
      }
      // The pending computation is cached too, so concurrent misses on one key compute it once.
      const entry: Entry = { value: compute(), chars: 0 }
      entries.set(key, entry)
      evict()
      entry.value.then(
        value => {
          // Weigh the value once known, unless a newer data_version or eviction dropped it meanwhile.
          if (typeof value !== 'string' || entries.get(key) !== entry) return
          entry.chars = value.length
          chars += value.length
          evict()
        },
        () => {
          // A failed computation must not be served from the cache.
          if (entries.get(key) === entry) entries.delete(key)
        },
      )
      return entry.value as Promise<T>
    },
    size: () => ({ entries: entries.size, chars }),
  }
}
