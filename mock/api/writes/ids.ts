/**
 * New ids and record codes for one write, as the server makes them: each id is the largest in the
 * world so far plus one, each code the next number of its year in the style mock/build makes
 * (V2026-00042, B2026-00007, R2026-012). Built afresh for every write, so a write that fails uses
 * nothing up, like a rolled-back transaction.
 */
import type { IdSource, World } from '#contract'

type IdKind = Parameters<IdSource['next']>[0]
type CodeKind = Parameters<IdSource['code']>[0]

const CODE_FORMAT: Record<CodeKind, { prefix: string; width: number }> = {
  visit: { prefix: 'V', width: 5 },
  bottleneck: { prefix: 'B', width: 5 },
  recommendation: { prefix: 'R', width: 3 },
}

/** Every id of one kind currently in the world. */
function idsOf(world: World, kind: IdKind): Iterable<number> {
  switch (kind) {
    case 'visit':
      return world.visits.map(v => v.id)
    case 'outcome':
      return world.visits.flatMap(v => v.outcomes.map(o => o.id))
    case 'bottleneck':
      return world.bottlenecks.map(b => b.id)
    case 'event':
      return world.bottlenecks.flatMap(b => b.events.map(e => e.id))
    case 'recommendation':
      return world.recommendations.map(r => r.id)
    case 'instruction':
      return world.recommendations.flatMap(r => r.instructions.map(x => x.id))
    case 'forward':
      return world.recommendations.flatMap(r => r.forwards.map(x => x.id))
    case 'feedback':
      return world.recommendations.flatMap(r => r.feedback.map(x => x.id))
  }
}

function codesOf(world: World, kind: CodeKind): Iterable<string> {
  switch (kind) {
    case 'visit':
      return world.visits.map(v => v.code)
    case 'bottleneck':
      return world.bottlenecks.map(b => b.code)
    case 'recommendation':
      return world.recommendations.map(r => r.code)
  }
}

/** An IdSource for one write over the world as it stands. */
export function idSourceFor(world: World): IdSource {
  const last = new Map<IdKind, number>()
  const lastCode = new Map<string, number>()
  return {
    next(kind) {
      let max = last.get(kind)
      if (max === undefined) {
        max = 0
        for (const id of idsOf(world, kind)) if (id > max) max = id
      }
      last.set(kind, max + 1)
      return max + 1
    },
    code(kind, date) {
      const { prefix, width } = CODE_FORMAT[kind]
      const head = `${prefix}${date.slice(0, 4)}-`
      const key = `${kind}:${head}`
      let max = lastCode.get(key)
      if (max === undefined) {
        max = 0
        for (const code of codesOf(world, kind)) {
          const n = code.startsWith(head) ? Number(code.slice(head.length)) : 0
          if (Number.isInteger(n) && n > max) max = n
        }
      }
      lastCode.set(key, max + 1)
      return `${head}${String(max + 1).padStart(width, '0')}`
    },
  }
}
