/**
 * The presentation suites' app: the demo world at a pinned clock, sessions for the roles the
 * playlist and display-link rules tell apart, and a sender that can present a display token.
 */
import type { World } from '#contract'
import { generateWorld } from '../../mock/generate'
import { sessionCookie, startTestApp, TEST_TODAY, type TestApp, type TestResponse } from '../support/apiWorld'

/** The instant every write in these suites is stamped with. */
export const PRESENT_NOW = `${TEST_TODAY}T04:00:00.000Z`

/** `leader2` is a second leader: not the owner of what `leader` saves. */
export type Who = 'admin' | 'leader' | 'leader2' | 'liaison' | 'department' | 'viewer' | 'anonymous'

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'

export interface PresentApp extends TestApp {
  world: World
  send: (
    who: Who,
    method: Method,
    url: string,
    payload?: unknown,
    headers?: Record<string, string>,
  ) => Promise<TestResponse>
  /** A request with only `Authorization: Display <token>` (no session). */
  asDisplay: (token: string, method: Method, url: string, payload?: unknown) => Promise<TestResponse>
}

/** Builds the app over the demo world with a session per role (and the county map, when given). */
export async function startPresentApp(options: { countyMap?: string } = {}): Promise<PresentApp> {
  const world = generateWorld({ seed: 1, anchorDate: TEST_TODAY })
  const base = await startTestApp(world, TEST_TODAY, undefined, {
    now: () => new Date(PRESENT_NOW),
    countyMap: options.countyMap,
  })
  const leader2 = world.users.find(u => u.role === 'leader' && u.username !== 'leader' && u.active)!
  const department = world.users.find(u => u.role === 'department' && u.active)!
  const usernames: Record<Exclude<Who, 'anonymous'>, string> = {
    admin: 'admin',
    leader: 'leader',
    leader2: leader2.username,
    liaison: 'liaison',
    department: department.username,
    viewer: 'viewer',
  }
  const cookies = new Map<Who, string>()
  for (const [who, username] of Object.entries(usernames))
    cookies.set(who as Who, await sessionCookie(base.db, username))

  const inject = async (
    method: Method,
    url: string,
    payload: unknown,
    headers: Record<string, string>,
  ): Promise<TestResponse> => {
    const res = await base.app.inject({ method, url, payload: payload as object | undefined, headers })
    const isJson = String(res.headers['content-type'] ?? '').includes('json')
    return { status: res.statusCode, body: isJson ? res.json() : res.body, headers: res.headers }
  }
  return {
    ...base,
    world,
    send(who, method, url, payload, headers = {}) {
      const cookie = cookies.get(who)
      return inject(method, url, payload, { ...headers, ...(cookie ? { cookie } : {}) })
    },
    asDisplay: (token, method, url, payload) => inject(method, url, payload, { authorization: `Display ${token}` }),
  }
}

/** A valid two-slide playlist body. */
export function samplePlaylist(name = 'Weekly meeting'): Record<string, unknown> {
  return {
    name,
    slides: [
      { kind: 'overview', intervalSec: 10 },
      { kind: 'chain', filter: { chainId: 1 }, intervalSec: 15 },
    ],
  }
}
