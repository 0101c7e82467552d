/**
 * Sorting and paging as the live server does it in SQL: a '-' prefix sorts descending, nulls come
 * last in either direction (the server asks for NULLS LAST), ties are broken by id in the same
 * direction, and totals are exact.
 */
import type { Paged } from '#contract'

type Key = string | number | boolean | null

/** Sorts by `sort` (a field name, '-' for descending) or by `defaults` when absent; then by id. */
export function sortRows<T extends { id: number }>(
  rows: readonly T[],
  sort: string | undefined,
  defaults: readonly string[],
  value: (row: T, field: string) => Key,
): T[] {
  const keys = sort ? [sort, sort.startsWith('-') ? '-id' : 'id'] : defaults
  const specs = keys.map(k => ({ field: k.replace(/^-/, ''), dir: k.startsWith('-') ? -1 : 1 }))
  return [...rows].sort((a, b) => {
    for (const { field, dir } of specs) {
      const x = value(a, field)
      const y = value(b, field)
      if (x === y) continue
      if (x === null) return 1
      if (y === null) return -1
      return (x < y ? -1 : 1) * dir
    }
    return 0
  })
}

/** One page of `rows`, with the total before paging. */
export function paginate<T>(rows: readonly T[], page: number, pageSize: number): Paged<T> {
  const start = (page - 1) * pageSize
  return { items: rows.slice(start, start + pageSize), total: rows.length, page, pageSize }
}

/** Case-insensitive "contains", for the q parameter. */
export function containsText(haystack: string, needle: string): boolean {
  return haystack.toLowerCase().includes(needle.toLowerCase())
}
