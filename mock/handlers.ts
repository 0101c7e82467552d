/**
 * MSW 2 request handlers serving the demo world under /api with exactly the live server's
 * contract. The logic lives in api/; these handlers only translate requests and responses.
 * Paths start with '*' so they match on any origin and under any base path.
 */
import { http, HttpResponse, type HttpHandler } from 'msw'
import type { World } from '#contract'
import { createMockRoutes } from './api/routes'

/** One GET handler per mock route. `today` defaults to the world's anchor date. */
export function createHandlers(world: World, opts: { today?: string } = {}): HttpHandler[] {
  return createMockRoutes(world, opts).map(route =>
    http.get(`*${route.path}`, ({ params, request }) => {
      const result = route.handle(params, new URL(request.url).searchParams)
      return HttpResponse.json(result.body as never, { status: result.status })
    }))
}
