/**
 * Every /api answer built from objects passes degradeUnrepresentable before its response schema
 * sees it, so a number no answer can carry (a stored row's Infinity) is logged and degraded
 * instead of failing the whole answer. Cached pages are serialised by hand and call it themselves
 * (routes/cachedPage.ts).
 */
import type { FastifyInstance } from 'fastify'
import { degradeUnrepresentable } from '../services/representable'

/** Installs the hook on `app`'s routes (an encapsulated plugin: only the routes registered in it). */
export function registerRepresentableNumbers(app: FastifyInstance): void {
  app.addHook('preSerialization', async (request, _reply, payload) => degradeUnrepresentable(payload, request.log))
}
