/** A command's failure as the HTTP answer the server gives for it. */
import { idParam, type CommandError } from '#contract'
import { commandErrorBody } from '#contract'
import type { MockResponse } from '../exchange'
import { parseParams } from '../result'

/** The error answer of a failed command (status and the contract's error body). */
export function commandFailure(error: CommandError): MockResponse {
  return { status: error.status, body: commandErrorBody(error) }
}

/** The numeric :id of a path, or the 400 for a bad one (as the read routes answer it). */
export function pathId(
  params: Record<string, string>,
): { ok: true; id: number } | { ok: false; response: MockResponse } {
  const parsed = parseParams(idParam, params, 'params')
  return parsed.ok ? { ok: true, id: parsed.value.id } : { ok: false, response: parsed.result }
}
