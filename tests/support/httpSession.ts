/**
 * Signing in to a running server over HTTP, for the suites that talk to a real process (server,
 * browser, benchmarks): the demo accounts all share one password.
 */

export const DEMO_PASSWORD = 'chain-demo'

/** A signed-in session: the Cookie header value and the cookie's parts for a browser context. */
export interface HttpSession {
  cookie: string
  name: string
  value: string
}

/** Signs in as `username` at the server `baseUrl` and returns its session cookie; throws when the login fails. */
export async function signIn(baseUrl: string, username = 'leader', password = DEMO_PASSWORD): Promise<HttpSession> {
  const res = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  })
  if (res.status !== 200) throw new Error(`signing in as ${username} failed: ${res.status} ${await res.text()}`)
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
  const eq = cookie.indexOf('=')
  if (eq <= 0) throw new Error(`signing in as ${username} set no cookie`)
  return { cookie, name: cookie.slice(0, eq), value: cookie.slice(eq + 1) }
}
