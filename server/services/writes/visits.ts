/**
 * Recording and editing visits: POST /api/visits (with the bottlenecks raised inline, each created
 * `submitted` with its `raise` event) and PATCH /api/visits/:id, over the contract's commands.
 */
import {
  createVisit,
  patchVisit,
  writableChainIds,
  type Visit,
  type VisitCreateRequest,
  type VisitPatchRequest,
} from '#contract'
import { notFound, staleVersion } from '../../errors'
import { findEnterprises } from '../../repositories/enterprises'
import { findVisit } from '../../repositories/visits'
import { saveVisit } from '../../repositories/visitWrites'
import { saveBottleneck } from '../../repositories/bottleneckWrites'
import { chainIdsInUse } from '../../repositories/writeReferences'
import type { StoredResponse } from '../../repositories/idempotency'
import { runWrite, valueOf, type WriteEnv } from './frame'
import { createOnce } from './idempotency'

const year = (date: string) => date.slice(0, 4)

/** Records a visit and its inline bottlenecks → 201 with the Visit. */
export async function recordVisit(
  env: WriteEnv,
  req: VisitCreateRequest,
  key: string | undefined,
): Promise<StoredResponse> {
  const years = [year(req.date), year(env.today())]
  return createOnce(
    env,
    { route: 'POST /api/visits', key, body: req },
    { visit: years, bottleneck: years },
    async ({ trx, ctx, rules, audit }) => {
      const enterprises = await findEnterprises(trx, [
        ...req.enterpriseIds,
        ...req.outcomes.map(o => o.enterpriseId),
        ...(req.bottlenecks ?? []).map(b => b.enterpriseId),
      ])
      const { visit, bottlenecks } = valueOf(createVisit(ctx, req, { chainIds: await chainIdsInUse(trx), enterprises }))
      await saveVisit(trx, visit)
      await audit('visit', visit.id, 'create', null, visit)
      for (const b of bottlenecks) {
        await saveBottleneck(trx, b, rules)
        await audit('bottleneck', b.id, 'raise', null, b)
      }
      return { status: 201, body: visit }
    },
  )
}

/** Edits visit `id` at the request's version → the new Visit. */
export async function editVisit(env: WriteEnv, id: number, req: VisitPatchRequest): Promise<Visit> {
  return runWrite(env, {}, async ({ trx, ctx, audit }) => {
    const current = await findVisit(trx, id)
    if (!current) throw notFound('visit', id)
    const ids = [
      ...(req.enterpriseIds ?? current.enterpriseIds),
      ...(req.outcomes ?? current.outcomes).map(o => o.enterpriseId),
    ]
    const next = valueOf(
      patchVisit(ctx, current, req, {
        chainIds: writableChainIds(await chainIdsInUse(trx), [current.chainId]),
        enterprises: await findEnterprises(trx, ids),
      }),
    )
    if (!(await saveVisit(trx, next, current.version))) throw staleVersion(await findVisit(trx, id))
    await audit('visit', id, 'edit', current, next)
    return next
  })
}
