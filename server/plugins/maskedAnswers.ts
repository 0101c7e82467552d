/**
 * Masking happens on the server (issue 10): an answer to a masked stage leaves with pseudonyms for
 * enterprise names (inside texts too) and rounded amounts, so the real names never reach its
 * browser. One onSend hook of the /api plugin does it for every route, on the JSON as it is about
 * to be sent — serialised answers and the response caches' finished JSON alike — and it is
 * registered before compression, which must see the masked text.
 *
 * A request is masked when it comes through a display link whose frozen playlist is masked, or
 * when a signed-in stage sends `X-Chain-Masked: 1` (contract/maskAnswer.ts). Answers that are not
 * JSON (the xlsx exports' streams) cannot be masked and are refused instead.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { Kysely } from 'kysely'
import { asksForMasking, maskAnswer, MASKED_REQUEST_HEADER, type ApiErrorBody } from '#contract'
import type { Database } from '../db/schema'
import { answerMasker } from '../services/answerMasking'

const HEADER = MASKED_REQUEST_HEADER.toLowerCase()

/** True when the answer to `request` must be masked: the display link's frozen playlist, or the header. */
export function isMaskedRequest(request: FastifyRequest): boolean {
  return request.display?.playlist.masked === true || asksForMasking(request.headers[HEADER])
}

/** Adds `X-Chain-Masked` to Vary: a cache must never answer a masked stage with an unmasked answer. */
function varyOnMasking(reply: FastifyReply): void {
  const vary = reply.getHeader('vary')
  const list = (Array.isArray(vary) ? vary.join(', ') : String(vary ?? ''))
    .split(',')
    .map(s => s.trim())
    .filter(Boolean)
  if (!list.some(v => v.toLowerCase() === HEADER)) reply.header('vary', [...list, MASKED_REQUEST_HEADER].join(', '))
}

/** The refusal of an answer that cannot be masked, with the request id every error body carries. */
function refused(request: FastifyRequest): ApiErrorBody {
  return {
    error: {
      code: 'forbidden',
      message: 'this answer cannot be masked, so a masked screen cannot have it',
      requestId: request.id,
    },
  }
}

/** Registers the hook on `app` (the /api plugin), before compression. */
export function registerMaskedAnswers(app: FastifyInstance, db: Kysely<Database>): void {
  app.addHook('onSend', async (request, reply, payload) => {
    varyOnMasking(reply)
    if (!isMaskedRequest(request) || payload === null || payload === undefined || payload === '') return payload
    if (typeof payload === 'string' && /json/i.test(String(reply.getHeader('content-type') ?? ''))) {
      return JSON.stringify(maskAnswer(JSON.parse(payload), await answerMasker(db)))
    }
    // A stream or buffer: close it unread, and say why instead of sending what it holds.
    const source = payload as { destroy?: () => void }
    source.destroy?.()
    request.log.warn({ url: request.routeOptions.url }, 'a masked request asked for an answer that cannot be masked')
    reply.code(403).type('application/json; charset=utf-8')
    return JSON.stringify(refused(request))
  })
}
