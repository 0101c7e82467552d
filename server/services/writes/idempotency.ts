/**
 * Idempotent creates: the same user sending the same Idempotency-Key to the same create route
 * with the same body gets the first answer (status and body) instead of a second record; with
 * another body, 409 idempotency_key_reused (a key names one submission, never two). The key is
 * looked up and stored inside the create's own transaction, so two requests with one key never
 * both create. Only successes are stored (a failure rolls the transaction back), as the mock does,
 * so a refused submit leaves the key free for the corrected body.
 */
import { checkIdempotencyKey, replayRefusal, requestHash } from '#contract'
import { problemOf } from '../../errors'
import {
  findIdempotentResponse,
  storeIdempotentResponse,
  type StoredAnswer,
  type StoredResponse,
} from '../../repositories/idempotency'
import type { CodeYears } from '../../repositories/idSource'
import { runWrite, type WriteEnv, type WriteScope } from './frame'

/** One create as idempotency sees it: its route ('POST /api/visits'), the header's key, and the validated body. */
export interface IdempotentRequest {
  route: string
  key: string | undefined
  body: unknown
}

/** The header's value checked (contract checkIdempotencyKey): undefined without one, else the key; the 400 is thrown. */
export function readIdempotencyKey(header: string | string[] | undefined): string | undefined {
  const read = checkIdempotencyKey(header)
  if (!read.ok) throw problemOf(read.failure)
  return read.key
}

/**
 * The stored answer to replay for a request of body hash `bodyHash`; 409 idempotency_key_reused
 * when it answered another body. Answers stored before body hashes were kept count as matching.
 */
export function replayOf(first: StoredAnswer, bodyHash: string): StoredResponse {
  const refusal = replayRefusal(first.bodyHash, bodyHash)
  if (refusal) throw problemOf(refusal)
  return { status: first.status, body: first.body }
}

/** Runs the create `create` as one write, at most once per (actor, route, key) when a key is given. */
export async function createOnce(
  env: WriteEnv,
  request: IdempotentRequest,
  codeYears: CodeYears,
  create: (scope: WriteScope) => Promise<StoredResponse>,
): Promise<StoredResponse> {
  return runWrite(env, codeYears, async scope => {
    const { route, key } = request
    if (key === undefined) return create(scope)
    const slot = { userId: env.actor.id, route, key }
    const bodyHash = requestHash(request.body)
    const first = await findIdempotentResponse(scope.trx, slot)
    if (first) return replayOf(first, bodyHash)
    const response = await create(scope)
    await storeIdempotentResponse(scope.trx, slot, bodyHash, response, scope.ctx.now)
    return response
  })
}
