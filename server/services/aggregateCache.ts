/**
 * A per-process cache of aggregate responses (Overview, Trends), keyed on the database's
 * data_version so every instance drops stale numbers as soon as any write bumps it.
 */
import type { Kysely } from 'kysely'
import type { Database } from '../db/schema'
import { readDataVersion } from '../repositories/meta'

const MAX_ENTRIES = 500

export interface AggregateCache {
  /** The cached value for `key` at the current data_version, computing it on a miss. */
  get<T>(key: string, compute: () => Promise<T>): Promise<T>
}

/** Creates a cache for one database. Entries of an older data_version are dropped on the next read. */
export function createAggregateCache(db: Kysely<Database>): AggregateCache {
  let version = -1
  const entries = new Map<string, Promise<unknown>>()
  return {
    async get<T>(key: string, compute: () => Promise<T>): Promise<T> {
      const current = await readDataVersion(db)
      if (current !== version) {
        entries.clear()
        version = current
      }
      const hit = entries.get(key)
      if (hit) {
        // Re-insert so the Map's order tracks recency (least recently used first).
        entries.delete(key)
        entries.set(key, hit)
        return hit as Promise<T>
      }
      const pending = compute()
      entries.set(key, pending)
      if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!)
      // A failed computation must not be served from the cache.
      pending.catch(() => entries.delete(key))
      return pending
    },
  }
}
