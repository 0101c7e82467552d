/**
 * Bottleneck writes over the contract's commands: raise (POST /api/bottlenecks), edit while
 * submitted (PATCH) and every lifecycle action (POST …/transitions). A bottleneck raised on a
 * visit joins that visit's bottleneckIds.
 */
import {
  patchBottleneck,
  raiseBottleneck,
  transitionBottleneck,
  type BottleneckCreateRequest,
  type BottleneckDetail,
  type BottleneckPatchRequest,
  type BottleneckTransitionRequest,
  type CommandResult,
} from '#contract'
import { notFound, staleVersion } from '../../errors'
import { findEnterprise } from '../../repositories/enterprises'
import { findVisit } from '../../repositories/visits'
import { findBottleneck } from '../../repositories/bottlenecks'
import { saveBottleneck } from '../../repositories/bottleneckWrites'
import { linkBottleneckToVisit } from '../../repositories/visitWrites'
import { chainIdsInUse } from '../../repositories/writeReferences'
import type { StoredResponse } from '../../repositories/idempotency'
import { runWrite, valueOf, type WriteEnv, type WriteScope } from './frame'
import { createOnce } from './idempotency'

/** Raises a bottleneck → 201 with the BottleneckDetail. */
export async function raise(
  env: WriteEnv,
  req: BottleneckCreateRequest,
  key: string | undefined,
): Promise<StoredResponse> {
  const visit = req.visitId == null ? undefined : await findVisit(env.db, req.visitId)
  const years = [env.today().slice(0, 4), ...(visit ? [visit.date.slice(0, 4)] : [])]
  return createOnce(
    env,
    { route: 'POST /api/bottlenecks', key, body: req },
    { bottleneck: years },
    async ({ trx, ctx, rules, audit }) => {
      const lookups = {
        chainIds: await chainIdsInUse(trx),
        enterprise: (await findEnterprise(trx, req.enterpriseId)) ?? null,
        visit: req.visitId == null ? null : ((await findVisit(trx, req.visitId)) ?? null),
      }
      const b = valueOf(raiseBottleneck(ctx, req, lookups))
      await saveBottleneck(trx, b, rules)
      if (b.visitId !== null) await linkBottleneckToVisit(trx, b.visitId, b.id)
      await audit('bottleneck', b.id, 'raise', null, b)
      return { status: 201, body: b }
    },
  )
}

/** Loads bottleneck `id`, applies `command` to it, stores and audits the result as `action`. */
async function change(
  env: WriteEnv,
  id: number,
  action: string,
  command: (
    scope: WriteScope,
    current: BottleneckDetail,
  ) => CommandResult<BottleneckDetail> | Promise<CommandResult<BottleneckDetail>>,
): Promise<BottleneckDetail> {
  return runWrite(env, {}, async scope => {
    const current = await findBottleneck(scope.trx, id, scope.ctx.today)
    if (!current) throw notFound('bottleneck', id)
    const next = valueOf(await command(scope, current))
    if (!(await saveBottleneck(scope.trx, next, scope.rules, current.version)))
      throw staleVersion(await findBottleneck(scope.trx, id, scope.ctx.today))
    await scope.audit('bottleneck', id, action, current, next)
    return next
  })
}

/** Edits a submitted bottleneck → the new BottleneckDetail. */
export function edit(env: WriteEnv, id: number, req: BottleneckPatchRequest): Promise<BottleneckDetail> {
  return change(env, id, 'edit', async ({ trx, ctx }, current) =>
    patchBottleneck(ctx, current, req, {
      enterprise: req.enterpriseId === undefined ? null : ((await findEnterprise(trx, req.enterpriseId)) ?? null),
      visit: current.visitId === null ? null : ((await findVisit(trx, current.visitId)) ?? null),
    }),
  )
}

/** Takes one lifecycle action → the BottleneckDetail with its new event. */
export function transition(env: WriteEnv, id: number, req: BottleneckTransitionRequest): Promise<BottleneckDetail> {
  return change(env, id, req.action, ({ ctx }, current) => transitionBottleneck(ctx, current, req))
}
