/** Reads the API the page under test talks to, so browser tests compare the screen with it. */
import { signIn, type HttpSession } from '../../support/httpSession'

const sessions = new Map<string, Promise<HttpSession>>()

/** One leader session per server, shared by the reads of a test file. */
function readerSession(baseUrl: string): Promise<HttpSession> {
  let session = sessions.get(baseUrl)
  if (!session) {
    session = signIn(baseUrl, 'leader')
    sessions.set(baseUrl, session)
  }
  return session
}

/** GETs `path` as the demo leader and returns the JSON; throws on a non-2xx answer. */
export async function apiGet<T>(baseUrl: string, path: string): Promise<T> {
  const { cookie } = await readerSession(baseUrl)
  const res = await fetch(`${baseUrl}${path}`, { headers: { cookie } })
  if (!res.ok) throw new Error(`GET ${path} → ${res.status}`)
  return res.json() as Promise<T>
}

/** The digits of a formatted number ("1,234" → 1234), for comparing what a person reads. */
export function digitsOf(text: string | null): number {
  return Number((text ?? '').replace(/[^\d]/g, ''))
}
