/** Helpers shared by the list repositories: sort parameters and page windows. */

export interface SortSpec {
  column: string
  direction: 'asc' | 'desc'
}

/**
 * Turns a contract sort parameter ('-date') into column orderings, ending with id in the same
 * direction so pages are stable. `columns` maps the contract's field names to SQL columns.
 */
export function sortSpecs(
  sort: string | undefined,
  fallback: string,
  columns: Record<string, string>,
  idColumn: string,
): SortSpec[] {
  const value = sort ?? fallback
  const direction = value.startsWith('-') ? 'desc' : 'asc'
  const column = columns[value.replace(/^-/, '')]
  if (!column) throw new Error(`unmapped sort field ${value}`)
  return column === idColumn
    ? [{ column, direction }]
    : [
        { column, direction },
        { column: idColumn, direction },
      ]
}

/** Offset of a 1-based page. */
export function offsetOf(page: number, pageSize: number): number {
  return (page - 1) * pageSize
}

/** Groups rows by a key, keeping their order. */
export function groupBy<T, K>(rows: readonly T[], key: (row: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>()
  for (const row of rows) {
    const k = key(row)
    const list = map.get(k)
    if (list) list.push(row)
    else map.set(k, [row])
  }
  return map
}
