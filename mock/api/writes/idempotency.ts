/**
 * Idempotent creates, as the server answers them: the same user sending the same Idempotency-Key
 * to the same create route with the same body gets the first answer back (status and body)
 * instead of a second record; with another body, 409 idempotency_key_reused. Only successful
 * creates are remembered, as the server keeps the key in the create's own transaction, so a
 * refused submit leaves the key free. The body's fingerprint is the contract's requestHash, the
 * one the server stores.
 */
import { checkIdempotencyKey, replayRefusal, requestHash } from '#contract'
import type { MockResponse, SignedInRequest } from '../exchange'
import { failed } from '../result'
import type { IdempotentAnswer, MockState } from '../state'

/** Answers kept; older keys are forgotten first, so browser storage stays small (a retry comes within minutes). */
export const KEPT_ANSWERS = 200

/** The key of the header checked (contract checkIdempotencyKey): undefined without one, else the key or the 400 for a bad one. */
export function readIdempotencyKey(
  req: SignedInRequest,
): { ok: true; key: string | undefined } | { ok: false; response: MockResponse } {
  const read = checkIdempotencyKey(req.headers['idempotency-key'])
  return read.ok ? read : { ok: false, response: failed(read.failure) }
}

/** Where the answer of `userId`'s `key` on `route` is kept: one slot per user, route and key. */
export function idempotencySlot(userId: number, route: string, key: string): string {
  return `${userId} ${route} ${key}`
}

/** The stored answer as a replay for a request of hash `hash`, or the 409 when it answered another body. */
export function replayOf(first: IdempotentAnswer, hash: string): MockResponse {
  const refusal = replayRefusal(first.requestHash, hash)
  if (refusal) return failed(refusal)
  const { requestHash: _hash, ...response } = structuredClone(first)
  return response
}

/** Remembers `answer` under `slot`, forgetting the oldest answers beyond KEPT_ANSWERS. */
export function rememberAnswer(state: MockState, slot: string, answer: IdempotentAnswer): void {
  state.idempotency.set(slot, structuredClone(answer))
  for (const oldest of state.idempotency.keys()) {
    if (state.idempotency.size <= KEPT_ANSWERS) break
    state.idempotency.delete(oldest)
  }
}

/**
 * Runs `create` once per (user, route, key) for the validated request `body`; without a key it
 * simply runs. A key over 200 characters is a 400.
 */
export function idempotent(
  state: MockState,
  req: SignedInRequest,
  route: string,
  body: unknown,
  create: () => MockResponse,
): MockResponse {
  const read = readIdempotencyKey(req)
  if (!read.ok) return read.response
  if (read.key === undefined) return create()
  const slot = idempotencySlot(req.user.id, route, read.key)
  const hash = requestHash(body)
  const first = state.idempotency.get(slot)
  if (first) return replayOf(first, hash)
  const res = create()
  if (res.status < 300) {
    rememberAnswer(state, slot, { ...res, requestHash: hash })
    state.changed()
  }
  return res
}
