/**
 * Serves the built SPA from `staticDir` and answers every other non-/api GET with its index.html
 * (client-side routes). Unknown /api paths, and everything when there is no SPA, get a JSON 404.
 */
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import fastifyStatic from '@fastify/static'
import type { FastifyInstance } from 'fastify'

export async function registerSpa(app: FastifyInstance, staticDir: string | undefined): Promise<void> {
  const root = staticDir ? resolve(staticDir) : undefined
  const hasSpa = root !== undefined && existsSync(resolve(root, 'index.html'))
  if (hasSpa) {
    await app.register(fastifyStatic, {
      root,
      // The build writes .br/.gz beside each asset (scripts/vite/precompress.ts): send those.
      preCompressed: true,
      setHeaders: (res, path) => {
        // Vite fingerprints assets/; index.html must be revalidated so a deploy is picked up.
        res.header('cache-control', /[\\/]assets[\\/]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache')
      },
    })
  }
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0]!
    const isApi = path === '/api' || path.startsWith('/api/')
    // A missing file (/config.json, /favicon.ico) is a 404, not the SPA: the SPA's optional
    // config.json must read as absent rather than as an HTML page.
    const isFile = /\.[A-Za-z0-9]+$/.test(path)
    if (hasSpa && !isApi && !isFile && (request.method === 'GET' || request.method === 'HEAD')) {
      return reply.header('cache-control', 'no-cache').sendFile('index.html')
    }
    return reply
      .code(404)
      .type('application/json; charset=utf-8')
      .send(
        JSON.stringify({
          error: { code: 'not_found', message: `no route for ${request.method} ${path}`, requestId: request.id },
        }),
      )
  })
}
