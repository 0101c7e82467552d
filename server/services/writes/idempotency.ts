/**
 * Idempotent creates: the same user sending the same Idempotency-Key again gets the first answer
 * (status and body) instead of a second record. The key is looked up and stored inside the create's
 * own transaction, so two requests with one key never both create. Only successes are stored (a
 * failure rolls the transaction back), as the mock does.
 */
import { idempotencyKey } from '#contract'
import { ApiProblem } from '../../errors'
import { findIdempotentResponse, storeIdempotentResponse, type StoredResponse } from '../../repositories/idempotency'
import type { CodeYears } from '../../repositories/idSource'
import { runWrite, type WriteEnv, type WriteScope } from './frame'

/** The header's value checked: undefined without one, else the key; 400 on field `Idempotency-Key` when too long or empty. */
export function readIdempotencyKey(header: string | string[] | undefined): string | undefined {
  if (header === undefined) return undefined
  const parsed = idempotencyKey.safeParse(Array.isArray(header) ? header[0] : header)
  if (!parsed.success) {
    throw new ApiProblem(400, 'validation_failed', 'invalid Idempotency-Key header', { 'Idempotency-Key': parsed.error.issues[0]?.message ?? 'invalid' })
  }
  return parsed.data
}

/** Runs the create `create` as one write, at most once per (actor, key) when a key is given. */
export async function createOnce(env: WriteEnv, key: string | undefined, route: string, codeYears: CodeYears,
  create: (scope: WriteScope) => Promise<StoredResponse>): Promise<StoredResponse> {
  return runWrite(env, codeYears, async (scope) => {
    if (key === undefined) return create(scope)
    const first = await findIdempotentResponse(scope.trx, env.actor.id, key)
    if (first) return first
    const response = await create(scope)
    await storeIdempotentResponse(scope.trx, env.actor.id, key, route, response, scope.ctx.now)
    return response
  })
}
