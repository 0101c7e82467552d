/**
 * The mock's side of "masking happens on the server" (issue 10): the answers of a masked stage are
 * masked by the contract's `maskAnswer` here, in the dispatcher, exactly as the server's onSend hook
 * masks them (server/plugins/maskedAnswers.ts), so mock mode never hands real names to a masked
 * screen either and the contract suite can hold both to the same answers.
 */
import { asksForMasking, createAnswerMasker, maskAnswer, MASKED_REQUEST_HEADER, pseudonymKey } from '#contract'
import { FileBody, problem, type MockRequest, type MockResponse } from './exchange'
import type { MockState } from './state'

const HEADER = MASKED_REQUEST_HEADER.toLowerCase()

/**
 * The mock's pseudonym secret when none is given: derived from the world's seed, so a reload, every
 * tab and a test get the same pseudonyms. The demo world's names are invented and public, so a
 * secret anyone can derive hides nothing real; the server's secret is random (migration 009).
 */
export function mockPseudonymSecret(seed: number): string {
  return `chain-cockpit/mock-world/${seed}`
}

/**
 * True when the answer to `req` must be masked: the masked-stage header, or a display link (read
 * by the caller) whose playlist is masked.
 */
export function isMaskedMockRequest(req: MockRequest, displayMasked: boolean): boolean {
  return displayMasked || asksForMasking(req.headers[HEADER])
}

/**
 * `res` with its body masked over the world's enterprises and the state's secret. A file (an xlsx
 * export) cannot be masked, so it is refused instead, as the server's hook refuses its stream.
 */
export function maskedMockAnswer(state: MockState, res: MockResponse): MockResponse {
  if (res.body === null || res.body === undefined) return res
  if (res.body instanceof FileBody)
    return problem(403, 'forbidden', 'this answer cannot be masked, so a masked screen cannot have it')
  const masker = createAnswerMasker(state.world.enterprises, pseudonymKey(state.pseudonymSecret))
  return { ...res, body: maskAnswer(res.body, masker) }
}
