/**
 * The route manifest's one shape (issue 12 §1): each endpoint is declared once, here in contract/,
 * and the server registers it (server/routes/serve.ts), the mock dispatches it (mock/api/dispatch.ts)
 * and the SPA calls it (src/api/call.ts) from the same entry. docs/architecture.md, "Adding an
 * endpoint", walks through one.
 *
 * What depends on the record (a chain's scope, a display link's playlist, a lifecycle's rules)
 * stays in the contract functions the services call; the manifest holds who may call at all.
 */
import type { z } from 'zod'
import type { Role } from '../reference'

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE'

/** The error statuses a route may answer, each with the contract's error body (contract/errors.ts). */
export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 422 | 429

/**
 * Who may call a route. 'public': no session needed (the route checks one itself, if at all).
 * 'signedIn': any signed-in user, the record's own rules deciding the rest. A list of roles: the
 * others get 403 `forbidden` before their body is read, so they learn nothing from a bad one.
 */
export type RouteAccess = 'public' | 'signedIn' | readonly Role[]

export interface RouteDef {
  method: HttpMethod
  /** The full path, parameters in Express style: '/api/visits/:id'. */
  path: `/api/${string}`
  params?: z.ZodType
  query?: z.ZodType
  body?: z.ZodType
  /** The success status; 204 answers no body. */
  status: 200 | 201 | 204
  /** The success body's schema; 'file' for a download (an xlsx/docx answer, not JSON); null for 204. */
  response: z.ZodType | 'file' | null
  /** The error statuses besides those every guarded route may answer (401, and 403 for display links). */
  errors: readonly ErrorStatus[]
  access: RouteAccess
  /** A display link may call it; which requests exactly is its playlist's (contract/displayAccess.ts). */
  display?: boolean
  /** Takes an Idempotency-Key header: a repeat with the same body answers the first answer. */
  idempotent?: boolean
  /** The OpenAPI tag and description. */
  tag: string
  description?: string
}

/** Declares a route; the identity, kept for its type check and inference of the literal entry. */
export const route = <const D extends RouteDef>(def: D): D => def

type Parsed<S> = S extends z.ZodType ? z.output<S> : undefined
type Sent<S> = S extends z.ZodType ? z.input<S> : undefined

/** What a handler receives, parsed by the route's schemas. */
export type RouteParams<D extends RouteDef> = Parsed<D['params']>
export type RouteQuery<D extends RouteDef> = Parsed<D['query']>
export type RouteBody<D extends RouteDef> = Parsed<D['body']>

/** What a handler answers (before serialisation) and a caller receives. */
export type RouteAnswer<D extends RouteDef> = D['response'] extends z.ZodType ? z.output<D['response']> : undefined
export type RouteReply<D extends RouteDef> = D['response'] extends z.ZodType ? z.input<D['response']> : undefined

/**
 * What a caller sends: path parameters and body in the shape the schemas accept; the query in its
 * parsed shape (numbers, booleans, lists), which the client writes out the way the schema reads it.
 */
export type RouteInput<D extends RouteDef> = (D['params'] extends z.ZodType ? { params: Sent<D['params']> } : unknown) &
  (D['query'] extends z.ZodType ? { query?: Partial<Parsed<D['query']>> } : unknown) &
  (D['body'] extends z.ZodType ? { body: Sent<D['body']> } : unknown)

/** '/api/visits/:id' with { id: 5 } → '/api/visits/5' (each value URI-encoded). */
export function routeUrl(path: string, params: Readonly<Record<string, unknown>> = {}): string {
  return path.replace(/:(\w+)/g, (_, name: string) => {
    const value = params[name]
    if (value === undefined || value === null) throw new Error(`${path}: missing path parameter ${name}`)
    return encodeURIComponent(String(value))
  })
}

/**
 * Why a signed-in `role` may not call `def` at all (the 403's message), or undefined when it may.
 * The server's role guard and the mock's dispatcher both ask, so the two refuse alike.
 */
export function roleRefusal(def: RouteDef, role: string): string | undefined {
  if (!Array.isArray(def.access) || def.access.includes(role)) return undefined
  return `only ${def.access.join(' or ')} may do this`
}
