/**
 * Serves the built SPA from `staticDir` and answers every other non-/api GET with its index.html
 * (client-side routes), carrying the page's boot data (plugins/bootData.ts). Unknown /api paths,
 * and everything when there is no SPA, get a JSON 404.
 */
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { promisify } from 'node:util'
import { brotliCompress, constants as zlib, gzip } from 'node:zlib'
import fastifyStatic from '@fastify/static'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { BOOT_ELEMENT_ID, bootJson, readRuntimeConfig, talksToItsServer } from '#contract'
import { bootDataFor } from './bootData'
import { readPageModules } from './pageModules'

const brotli = promisify(brotliCompress)
const gzipped = promisify(gzip)

/**
 * Whether this build talks to this server: a `config.json` beside it that selects the mock or
 * another API's address means the page's data comes from elsewhere, so embedding ours would be
 * wrong (the SPA reads the embedded data as "live, same origin" and skips config.json).
 */
function servesItsOwnApi(root: string): boolean {
  const configPath = resolve(root, 'config.json')
  if (!existsSync(configPath)) return true
  let json: unknown
  try {
    json = JSON.parse(readFileSync(configPath, 'utf8'))
  } catch {
    // A broken file: the SPA keeps its build default, which a build this server serves is live.
    json = undefined
  }
  return talksToItsServer(readRuntimeConfig(json, { apiMode: 'live', apiBaseUrl: '' }))
}

/** Sends `html` compressed as the client accepts (it changes per session, so it is compressed per answer). */
async function sendHtml(request: FastifyRequest, reply: FastifyReply, html: string): Promise<FastifyReply> {
  const accepts = String(request.headers['accept-encoding'] ?? '')
  reply
    .type('text/html; charset=utf-8')
    // The page carries the session's data: never stored, and different for every cookie.
    .header('cache-control', 'no-store')
    .header('vary', 'Cookie, Accept-Encoding')
  if (/\bbr\b/.test(accepts)) {
    const body = await brotli(html, { params: { [zlib.BROTLI_PARAM_QUALITY]: 5 } })
    return reply.header('content-encoding', 'br').send(body)
  }
  if (/\bgzip\b/.test(accepts)) return reply.header('content-encoding', 'gzip').send(await gzipped(html))
  return reply.send(html)
}

export async function registerSpa(
  app: FastifyInstance,
  staticDir: string | undefined,
  today: () => string,
): Promise<void> {
  const root = staticDir ? resolve(staticDir) : undefined
  const hasSpa = root !== undefined && existsSync(resolve(root, 'index.html'))
  const template = hasSpa ? readFileSync(resolve(root, 'index.html'), 'utf8') : ''
  const embedsBootData = hasSpa && servesItsOwnApi(root)
  const modules = embedsBootData ? readPageModules(root, template) : { shell: [], overview: [] }
  if (hasSpa) {
    await app.register(fastifyStatic, {
      root,
      // One route per file found at start (a build does not change under a running server), so
      // `/` and client-side routes reach the handler below; index.html is never served as a
      // file: every page goes through that handler.
      wildcard: false,
      index: false,
      allowedPath: path => path !== '/index.html',
      // The build writes .br/.gz beside each asset (scripts/vite/precompress.ts): send those.
      preCompressed: true,
      setHeaders: (res, path) => {
        // Vite fingerprints assets/; the rest (favicon, config.json) must be revalidated so a deploy is picked up.
        res.header('cache-control', /[\\/]assets[\\/]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache')
      },
    })
  }
  app.setNotFoundHandler(async (request, reply) => {
    const path = request.url.split('?')[0]!
    const isApi = path === '/api' || path.startsWith('/api/')
    // A missing file (/config.json, /favicon.ico) is a 404, not the SPA: the SPA's optional
    // config.json must read as absent rather than as an HTML page.
    const isFile = /\.[A-Za-z0-9]+$/.test(path)
    if (hasSpa && !isApi && !isFile && (request.method === 'GET' || request.method === 'HEAD')) {
      if (!embedsBootData || request.method === 'HEAD') return sendHtml(request, reply, template)
      const data = await bootDataFor(app, request, path, today(), modules)
      const script = `<script type="application/json" id="${BOOT_ELEMENT_ID}">${bootJson(data)}</script>`
      const html = template.includes('</body>') ? template.replace('</body>', `${script}</body>`) : template + script
      return sendHtml(request, reply, html)
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
