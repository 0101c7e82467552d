/**
 * The last line of "no stored row can make a read fail" (issue 10): a number an answer cannot
 * carry — NaN or ±Infinity, which JSON writes as null and the response schemas refuse — is
 * degraded (NaN to 0, ±Infinity to ±Number.MAX_SAFE_INTEGER, which integer fields accept too) and
 * logged, instead of turning the whole answer into a 500. Finite numbers pass as stored, however
 * absurd, so an admin sees what to correct. Sums of stored amounts stay sane on their own (contract
 * countedAmountCny); this catches what reaches an answer some other way, e.g. a rollup row written
 * around the API or a sum that overflows.
 */

/** Where a degraded number is reported: the request's logger. */
export interface DegradeLog {
  warn: (details: object, message: string) => void
}

/** The number an answer carries instead of `n`, or `n` itself when it is representable. */
function representable(n: number): number {
  if (Number.isNaN(n)) return 0
  if (n === Infinity) return Number.MAX_SAFE_INTEGER
  if (n === -Infinity) return -Number.MAX_SAFE_INTEGER
  return n
}

function isPlainContainer(value: unknown): value is Record<string, unknown> | unknown[] {
  if (value === null || typeof value !== 'object') return false
  if (Array.isArray(value)) return true
  const proto = Object.getPrototypeOf(value)
  return proto === Object.prototype || proto === null
}

/**
 * Degrades, in place, every unrepresentable number inside `value` (plain objects and arrays; a
 * Buffer, stream or string passes untouched) and logs each with its path. Returns `value`.
 */
export function degradeUnrepresentable<T>(value: T, log: DegradeLog): T {
  const visit = (node: Record<string | number, unknown>, path: string): void => {
    // Indices of an array, own keys of an object: no entry arrays, every answer passes through here.
    for (const key of Array.isArray(node) ? node.keys() : Object.keys(node)) {
      const child = node[key]
      if (typeof child === 'number') {
        const fixed = representable(child)
        if (Object.is(fixed, child)) continue
        node[key] = fixed
        log.warn(
          { path: `${path}${key}`, value: String(child), degradedTo: fixed },
          'unrepresentable number in an answer degraded',
        )
      } else if (isPlainContainer(child)) visit(child as Record<string | number, unknown>, `${path}${key}.`)
    }
  }
  if (isPlainContainer(value)) visit(value as Record<string | number, unknown>, '')
  return value
}
