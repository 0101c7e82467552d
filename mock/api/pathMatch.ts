/**
 * Which route of a table answers a method and path, the way the live server's router (Fastify's
 * find-my-way) decides it rather than by registration order: segment by segment a static segment
 * beats a `:param`, and a static branch that leads nowhere gives way to the parameter's. So
 * `/api/visits/export.xlsx` is the export, not a visit whose id fails to parse. Kept apart from
 * the dispatcher so the rule can be tested on its own.
 */

/** Path parameters by name, decoded. */
export type PathParams = Record<string, string>

interface Pattern {
  path: string
  method: string
}

/** Compiles '/api/visits/:id' into a matcher returning the named parameters (a trailing slash is allowed). */
export function compilePath(path: string): (pathname: string) => PathParams | null {
  const names: string[] = []
  const pattern = new RegExp(
    `^${path.replace(/:(\w+)/g, (_, n: string) => {
      names.push(n)
      return '([^/]+)'
    })}/?$`,
  )
  return pathname => {
    const m = pattern.exec(pathname)
    return m ? Object.fromEntries(names.map((n, i) => [n, decodeURIComponent(m[i + 1]!)])) : null
  }
}

/** A table of routes, searched for the one that answers a request. */
export interface RouteTable<R extends Pattern> {
  find(method: string, pathname: string): { route: R; params: PathParams } | null
}

/** 0 for a static segment, 1 for a parameter, segment by segment: the lower sorts first. */
function segmentKinds(path: string): number[] {
  return path
    .split('/')
    .filter(Boolean)
    .map(segment => (segment.startsWith(':') ? 1 : 0))
}

/**
 * Orders paths as find-my-way tries them: at the first segment where two differ in kind, the
 * static one first. Its depth-first search (static child, then parametric, backtracking) stops at
 * the first route that matches, which is the first matching route in this order. Paths of
 * different lengths never match the same request, but the order must still be total (a sort
 * given "equal" for a prefix is not transitive and misplaces routes): the shorter first.
 */
function bySpecificity(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!
  return a.length - b.length
}

/** The table of `routes`, whatever order they come in (a tie, e.g. a duplicate, keeps it: the sort is stable). */
export function routeTable<R extends Pattern>(routes: readonly R[]): RouteTable<R> {
  const compiled = routes
    .map(route => ({ route, match: compilePath(route.path), kinds: segmentKinds(route.path) }))
    .sort((a, b) => bySpecificity(a.kinds, b.kinds))
  return {
    find(method, pathname) {
      for (const { route, match } of compiled) {
        const params = route.method === method ? match(pathname) : null
        if (params) return { route, params }
      }
      return null
    },
  }
}
