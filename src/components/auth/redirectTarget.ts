/**
 * Where to go after signing in: the `redirect` query the guard set, if it is a path inside this
 * app. Anything else — another origin ("//evil.example", "https://…"), a backslash trick, the
 * sign-in page itself — falls back to the Overview, so the parameter cannot be used to send a
 * freshly signed-in user elsewhere or into a loop.
 */
export function redirectTarget(raw: unknown, loginPath = '/login'): string {
  const value = Array.isArray(raw) ? raw[0] : raw
  if (typeof value !== 'string' || !value.startsWith('/')) return '/'
  if (value.startsWith('//') || value.includes('\\')) return '/'
  const path = value.split(/[?#]/)[0]!
  if (path === loginPath || path.startsWith(`${loginPath}/`)) return '/'
  return value
}
