/**
 * Idempotent creates: the same user sending the same Idempotency-Key again gets the first answer
 * back (status and body) instead of a second record. Only successful creates are remembered, as
 * the server keeps the key in the create's own transaction.
 */
import { idempotencyKey } from '#contract'
import { problem, type MockResponse, type SignedInRequest } from '../exchange'
import type { MockState } from '../state'

/** Answers kept; older keys are forgotten first, so browser storage stays small (a retry comes within minutes). */
export const KEPT_ANSWERS = 200

/** Runs `create` once per (user, key); without a key it simply runs. A key over 200 characters is a 400. */
export function idempotent(state: MockState, req: SignedInRequest, create: () => MockResponse): MockResponse {
  const raw = req.headers['idempotency-key']
  if (raw === undefined) return create()
  const key = idempotencyKey.safeParse(raw)
  if (!key.success) return problem(400, 'validation_failed', 'invalid Idempotency-Key header', { fields: { 'Idempotency-Key': key.error.issues[0]!.message } })
  const slot = `${req.user.id}:${key.data}`
  const first = state.idempotency.get(slot)
  if (first) return structuredClone(first)
  const res = create()
  if (res.status < 300) {
    state.idempotency.set(slot, structuredClone(res))
    for (const oldest of state.idempotency.keys()) {
      if (state.idempotency.size <= KEPT_ANSWERS) break
      state.idempotency.delete(oldest)
    }
    state.changed()
  }
  return res
}
