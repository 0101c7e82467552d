/**
 * The MSW handler serving the mock API under /api with exactly the live server's contract: reads,
 * accounts and writes. The logic lives in api/; this only translates MSW requests and responses.
 * Paths may sit under a base path (`basePath`, default '/') on any origin.
 */
import { http, HttpResponse, type HttpHandler } from 'msw'
import type { World } from '#contract'
import { createMockApi, type MockApi } from './api/dispatch'
import { FileBody, INVALID_JSON, problem, type MockResponse } from './api/exchange'
import type { MockStateOptions } from './api/state'

export interface HandlerOptions extends MockStateOptions {
  /** Where the app is served from, ending in '/': the API is at `${basePath}api/`. */
  basePath?: string
}

/** Handlers over `world`, which writes change in place. `today` defaults to the world's anchor date. */
export function createHandlers(world: World, opts: HandlerOptions = {}): HttpHandler[] {
  return handlersFor(createMockApi(world, opts), opts.basePath)
}

async function jsonBody(request: Request): Promise<unknown> {
  const text = await request.text()
  if (text === '') return undefined
  try {
    return JSON.parse(text) as unknown
  } catch {
    return INVALID_JSON
  }
}

function headersOf(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {}
  headers.forEach((value, name) => {
    out[name] = value
  })
  return out
}

/** One catch-all handler answering every request under `${basePath}api/` from `api`. */
export function handlersFor(api: MockApi, basePath = '/'): HttpHandler[] {
  const root = `${basePath}api/`
  return [
    http.all('*', async ({ request, cookies }) => {
      const url = new URL(request.url)
      // Anything else (the app's own files, other origins' assets) passes through untouched.
      if (!url.pathname.startsWith(root)) return undefined
      const res = api.handle({
        method: request.method,
        path: url.pathname.slice(basePath.length - 1),
        query: url.searchParams,
        body: await jsonBody(request),
        cookies,
        headers: headersOf(request.headers),
      })
      if (res.status === 204) return new HttpResponse(null, { status: res.status, headers: res.headers })
      return res.body instanceof FileBody ? fileResponse(res, res.body) : jsonResponse(res)
    }),
  ]
}

function jsonResponse(res: MockResponse): Response {
  return HttpResponse.json(res.body as never, { status: res.status, headers: res.headers })
}

/** A download, written now; a writer that fails answers as the dispatcher answers a bug (500, the console has it). */
async function fileResponse(res: MockResponse, file: FileBody): Promise<Response> {
  try {
    return new HttpResponse(await file.bytes(), { status: res.status, headers: res.headers })
  } catch (err) {
    console.error('mock API: writing a file failed', err)
    return jsonResponse(problem(500, 'internal', 'internal server error'))
  }
}
