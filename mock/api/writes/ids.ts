/**
 * New ids and record codes for one write, numbered by the contract's rule (contract/recordCodes.ts,
 * which the server calls too) after what the world holds. Built afresh for every write, so a write
 * that fails uses nothing up, like a rolled-back transaction.
 */
import {
  largestId,
  sequentialIdSource,
  yearCodesAmong,
  type CodeKind,
  type IdKind,
  type IdSource,
  type World,
} from '#contract'

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
  return sequentialIdSource({
    maxId: kind => largestId(idsOf(world, kind)),
    yearCodes: (kind, year) => yearCodesAmong(kind, year, codesOf(world, kind)),
  })
}
