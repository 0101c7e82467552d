/**
 * The mock's one place for the voiding rule (作废, issue 10), as repositories/voided.ts is the
 * server's: every read sees the world through `liveWorld`, which leaves voided visits, bottlenecks
 * and recommendations out, so they leave every KPI, list, snapshot and queue at once. Only a
 * record's detail read by an admin (liveReads.ts) and the audit still see them.
 */
import { isVoided, type World } from '#contract'

const notVoided = <T extends { voidedAt?: string | null }>(rows: readonly T[]): T[] => rows.filter(r => !isVoided(r))

/**
 * A view of `world` without its voided records. Every field is read through to `world` when it is
 * used, so writes that change the world in place show in the view at once; spreading the view
 * (`{ ...view }`) copies the filtered lists.
 */
export function liveWorld(world: World): World {
  const view = {} as World
  const filtered: Partial<Record<keyof World, () => unknown>> = {
    visits: () => notVoided(world.visits),
    bottlenecks: () => notVoided(world.bottlenecks),
    recommendations: () => notVoided(world.recommendations),
  }
  for (const key of Object.keys(world) as (keyof World)[]) {
    Object.defineProperty(view, key, { enumerable: true, get: filtered[key] ?? (() => world[key]) })
  }
  return view
}
