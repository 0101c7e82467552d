/** Shared answers and checks of the mock's presentation routes, as the server's services give them. */
import { PRESENTER_ROLES, type SessionUser } from '#contract'
import { problem, type MockResponse } from '../exchange'

/** 403 unless `user` may save playlists and issue display links; null when they may. */
export function notPresenter(user: SessionUser): MockResponse | null {
  return (PRESENTER_ROLES as readonly string[]).includes(user.role)
    ? null
    : problem(403, 'forbidden', 'only an admin or a chain leader may do this')
}

/** 32 random bytes as base64url: a display token. */
export function randomToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32))
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '')
}
