import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { Role, SessionUser, SignedInUser, WhoAmI } from '#contract'
import { ApiError } from '@/api/apiError'
import { forgetBootData, takeCarriedSession } from '@/api/bootData'
import { rememberSignedIn } from '@/api/sessionHint'

/**
 * Who is signed in. `user` is null when signed out; `ready` turns true once the server has been
 * asked (GET /api/auth/me) or a sign-in/sign-out settled it, so the router guard and role checks
 * can tell "signed out" from "not known yet". Other stores and components read `user` for role
 * and scope checks; the contract's permission functions take it as is.
 */
/**
 * The sign-in calls, loaded when first needed: they bring the HTTP client (axios), which a page
 * that carried its session (api/bootData.ts) does not need before its first screen.
 */
function loadAuth(): Promise<typeof import('@/api/auth')> {
  return import('@/api/auth')
}

export const useSessionStore = defineStore('session', () => {
  const user = ref<SessionUser | null>(null)
  /** 'demo' when the live server serves the generated demo world (the header then shows a badge). */
  const world = ref<'demo' | undefined>()
  /** True while the programme has no chain in use: the admin is sent to set it up, everyone else told to wait. */
  const notSetUp = ref(false)
  const ready = ref(false)
  let asking: Promise<void> | undefined
  let generation = 0

  /** Sets the user and keeps the entry script's hint (api/sessionHint.ts) in step with it. */
  function setUser(next: SessionUser | null): void {
    user.value = next
    rememberSignedIn(next !== null)
  }

  /** Keeps the sign-in answer's user, and apart from it what it says about the server's world. */
  function take(answer: SignedInUser): SessionUser {
    const { world: served, notSetUp: unset, ...signedIn } = answer
    setUser(signedIn)
    if (served) world.value = served
    notSetUp.value = unset === true
    return signedIn
  }

  /** Keeps what /api/auth/me said: the user or null, and the server's world. */
  function takeWhoAmI(answer: WhoAmI): void {
    setUser(answer.user)
    if (answer.world) world.value = answer.world
    notSetUp.value = answer.notSetUp === true
  }

  /** The admin created the first chain: the rest of the app opens. */
  function markSetUp(): void {
    notSetUp.value = false
  }

  /**
   * Asks the server who is signed in (`user: null` when nobody is). Any failure — also an
   * unreachable server or an older server's 401 — leaves the user signed out: the sign-in page then
   * says what is wrong when they try. An answer that arrives after a sign-in or sign-out settled
   * things is ignored.
   */
  function refresh(): Promise<void> {
    const ticket = ++generation
    // The page's own answer when it carried one; else the API (its client is a chunk of its own,
    // out of the first paint's JS: see loadAuth).
    const carried = takeCarriedSession()
    asking = (carried ? Promise.resolve(carried) : loadAuth().then(auth => auth.fetchMe()))
      .then(
        me => {
          if (ticket === generation) takeWhoAmI(me)
        },
        () => {
          if (ticket === generation) setUser(null)
        },
      )
      .finally(() => {
        ready.value = true
      })
    return asking
  }

  /** Resolves /api/auth/me once per page load; later calls reuse the answer (or the request in flight). */
  function ensureReady(): Promise<void> {
    if (ready.value) return Promise.resolve()
    return asking ?? refresh()
  }

  /** Signs in; rethrows the ApiError (401 wrong credentials, 429 with retryAfterSeconds) for the form to show. */
  async function signIn(username: string, password: string): Promise<SessionUser> {
    const me = await (await loadAuth()).login({ username, password })
    generation++
    ready.value = true
    return take(me)
  }

  /** Signs out on the server; the local session ends even when the server cannot be reached. */
  async function signOut(): Promise<void> {
    try {
      await (await loadAuth()).logout()
    } catch (err) {
      if (!(err instanceof ApiError)) throw err
    } finally {
      clear()
    }
  }

  /** Forgets the user without asking the server (the server already said the session is gone). */
  function clear(): void {
    generation++
    // What the page carried was the previous session's.
    forgetBootData()
    setUser(null)
    notSetUp.value = false
    ready.value = true
  }

  /** True when someone is signed in with one of these roles. */
  function hasRole(...roles: readonly Role[]): boolean {
    return user.value !== null && roles.includes(user.value.role)
  }

  return { user, world, notSetUp, ready, refresh, ensureReady, signIn, signOut, clear, hasRole, markSetUp }
})
