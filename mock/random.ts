/**
 * A small seeded PRNG (mulberry32) with the helpers the generator needs. The demo world must be
 * the same on every machine and in every run, so nothing here reads Math.random or the clock.
 */
export interface Rng {
  /** A float in [0, 1). */
  next(): number
  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number
  /** True with probability p. */
  chance(p: number): boolean
  /** One element, uniformly. */
  pick<T>(items: readonly T[]): T
  /** One element, with probability proportional to its weight. */
  weighted<T>(items: readonly T[], weight: (item: T) => number): T
  /** `n` distinct elements (fewer if there are not enough), in random order. */
  sample<T>(items: readonly T[], n: number): T[]
}

/** Creates a deterministic random source from a 32-bit seed. */
export function createRng(seed: number): Rng {
  let a = seed >>> 0
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  return {
    next,
    int,
    chance: p => next() < p,
    pick: items => items[Math.floor(next() * items.length)]!,
    weighted(items, weight) {
      const total = items.reduce((s, x) => s + weight(x), 0)
      let r = next() * total
      for (const x of items) {
        r -= weight(x)
        if (r < 0) return x
      }
      return items[items.length - 1]!
    },
    sample(items, n) {
      const copy = [...items]
      const k = Math.min(n, copy.length)
      for (let i = 0; i < k; i++) {
        const j = i + Math.floor(next() * (copy.length - i))
        ;[copy[i], copy[j]] = [copy[j]!, copy[i]!]
      }
      return copy.slice(0, k)
    },
  }
}

/** Derives an independent seed for a sub-stream, so adding draws in one part leaves others unchanged. */
export function subSeed(seed: number, stream: string): number {
  let h = (seed ^ 0x9e3779b9) >>> 0
  for (let i = 0; i < stream.length; i++) h = Math.imul(h ^ stream.charCodeAt(i), 0x01000193) >>> 0
  return h
}

/**
 * An order amount in CNY between `min` and `max`, log-uniform-ish and skewed toward the low end
 * (most orders are small, a few are large), rounded to a thousand yuan.
 */
export function skewedAmount(rng: Rng, min: number, max: number): number {
  const u = rng.next() ** 1.8
  const v = Math.exp(Math.log(min) + u * (Math.log(max) - Math.log(min)))
  return Math.round(v / 1000) * 1000
}
