/**
 * A bottleneck's or recommendation's detail as a reader gets it (GET …/:id and every write's
 * answer): the stored record, whose turn it is now (whoseTurn.ts) and, on each timeline event, the
 * role and department of who took it, so the page says "州商务局 郑秀贞" or "链长 金永哲" (issue 11
 * §3, §5). Roles and departments are read from the accounts when the answer is built — the
 * server joins users, the mock reads world.users — never stored with the event. Commands and the
 * demo world keep working on the stored shapes (BottleneckDetail, RecommendationDetail).
 */
import { z } from 'zod'
import { id } from './common'
import { role } from './reference'
import {
  bottleneckDetail,
  bottleneckEvent,
  recommendationDetail,
  type BottleneckDetail,
  type RecommendationDetail,
} from './entities'
import { bottleneckTurn, recommendationTurn, whoseTurn, type TurnAccount } from './whoseTurn'

/** Who took a step, as the page names them: the account's role, and its department for a department account. */
export const actorFields = {
  /** The actor's role now; null for the system (id 0) or an account no longer found. */
  actorRole: role.nullable(),
  /** The actor's department when the actor is department staff; null otherwise. */
  actorDepartmentId: id.nullable(),
}
export interface ActorFields {
  actorRole: z.infer<typeof role> | null
  actorDepartmentId: number | null
}

export const bottleneckEventView = bottleneckEvent.extend(actorFields)
export type BottleneckEventView = z.infer<typeof bottleneckEventView>

export const bottleneckView = bottleneckDetail.extend({ events: z.array(bottleneckEventView), turn: whoseTurn })
export type BottleneckView = z.infer<typeof bottleneckView>

export const recommendationView = recommendationDetail.extend({ turn: whoseTurn })
export type RecommendationView = z.infer<typeof recommendationView>

/** The role and department of account `actorId` among `accounts`. */
export function actorOf(
  actorId: number,
  accounts: readonly Pick<TurnAccount, 'id' | 'role' | 'departmentId'>[],
): ActorFields {
  const a = accounts.find(x => x.id === actorId)
  if (!a) return { actorRole: null, actorDepartmentId: null }
  return { actorRole: a.role, actorDepartmentId: a.role === 'department' ? a.departmentId : null }
}

/** The bottleneck as a reader gets it, given every account (inactive ones still name who acted). */
export function bottleneckViewOf(b: BottleneckDetail, accounts: readonly TurnAccount[]): BottleneckView {
  const byId = new Map(accounts.map(a => [a.id, a]))
  const actor = (actorId: number) => actorOf(actorId, byId.has(actorId) ? [byId.get(actorId)!] : [])
  return { ...b, events: b.events.map(e => ({ ...e, ...actor(e.actorId) })), turn: bottleneckTurn(b, accounts) }
}

/** The recommendation as a reader gets it, given every account. */
export function recommendationViewOf(r: RecommendationDetail, accounts: readonly TurnAccount[]): RecommendationView {
  return { ...r, turn: recommendationTurn(r, accounts) }
}
