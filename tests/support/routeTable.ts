/**
 * Every route the app serves, read from Fastify's own route table (printRoutes' radix tree), not
 * from the OpenAPI document: a route left out of the document is still found here.
 */
import type { FastifyInstance } from 'fastify'

export interface RouteEntry {
  method: string
  url: string
}

// One tree line: indentation (4 characters a level), a branch, the node's text, its methods.
const LINE = /^((?:[│ ] {3})*)[├└]── (.*?)(?: \(([A-Z, ]+)\))?$/

/** The routes of `app` (a node's text continues its parent's path), each method once. */
export function routeTable(app: FastifyInstance): RouteEntry[] {
  const prefixes: string[] = []
  const routes: RouteEntry[] = []
  for (const line of app.printRoutes({ commonPrefix: false }).split('\n')) {
    const m = LINE.exec(line)
    if (!m) continue
    const depth = m[1]!.length / 4
    const url = (depth === 0 ? '' : prefixes[depth - 1]!) + m[2]!
    prefixes[depth] = url
    prefixes.length = depth + 1
    for (const method of (m[3] ?? '')
      .split(',')
      .map(s => s.trim())
      .filter(Boolean))
      routes.push({ method, url })
  }
  if (routes.length === 0) throw new Error('no routes read from printRoutes: its format changed')
  return routes
}
