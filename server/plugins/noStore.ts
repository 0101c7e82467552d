/**
 * Every /api answer is `Cache-Control: no-store` unless it is public (issue 10, finding 11): the
 * answers carry contacts, audit and workflow data that must not sit in a shared computer's disk
 * cache or a proxy. Set in one place, after the route ran, so no route can forget it. The SPA's
 * own files keep their caching (plugins/spa.ts), and so do the public API documents.
 */
import type { FastifyInstance } from 'fastify'

/** Open to anyone and free of personal data: health and the API's own documentation. */
const PUBLIC_PATHS = ['/api/health', '/api/openapi.json', '/api/docs']

/** Whether `url` (path and query) is an /api address whose answers must not be stored. */
export function isPrivateApiUrl(url: string): boolean {
  const path = url.split('?')[0]!
  if (path !== '/api' && !path.startsWith('/api/')) return false
  return !PUBLIC_PATHS.some(p => path === p || path.startsWith(`${p}/`))
}

/** Adds the onSend hook at the root, so it covers every route, error and 404 under /api. */
export function registerNoStore(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply) => {
    if (isPrivateApiUrl(request.url)) reply.header('cache-control', 'no-store')
  })
}
