/** Human-readable record codes such as V2025-00123, numbered per year. */

/** Numbers codes per year: V2025-00001, V2025-00002, ..., restarting each January. */
export function yearlyCoder(prefix: string, width: number): (date: string) => string {
  const seq = new Map<string, number>()
  return date => {
    const year = date.slice(0, 4)
    const n = (seq.get(year) ?? 0) + 1
    seq.set(year, n)
    return `${prefix}${year}-${String(n).padStart(width, '0')}`
  }
}
