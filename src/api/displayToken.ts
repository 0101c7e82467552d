/**
 * Display-link authentication for an unattended screen: the token travels as
 * `Authorization: Display <token>` on the one axios instance, and while it is in use a 401 means
 * the link was revoked — `onRevoked` is told, and nobody is signed out or sent to sign in.
 */
import { DISPLAY_AUTH_SCHEME } from '#contract'
import { http, setDisplayMode } from './http'

/** Starts (token) or stops (null) presenting a display token on every API request. */
export function useDisplayToken(token: string | null, onRevoked?: () => void): void {
  if (token) {
    http.defaults.headers.common.Authorization = `${DISPLAY_AUTH_SCHEME} ${token}`
    setDisplayMode(true, onRevoked)
  } else {
    delete http.defaults.headers.common.Authorization
    setDisplayMode(false)
  }
}
