/**
 * The app router: the Overview and the not-found page here; the chain page, lists and details
 * from listRoutes.ts; sign-in and the visit form from authRoutes.ts; the workflow screens from
 * workflowRoutes.ts; the admin screens from adminRoutes.ts. Every view is a lazy chunk.
 */
import { createRouter, createWebHistory, type RouteLocationNormalized, type Router } from 'vue-router'
import type { Role } from '#contract'
import { onUnauthorized } from '@/api/requestHooks'
import { loadNamespaces } from '@/i18n'
import type { LazyNamespace } from '@/locales/loader'
import { useSessionStore } from '@/stores/session'
import { redirectTarget } from '@/components/auth/redirectTarget'
import { listRoutes } from './listRoutes'
import { authRoutes } from './authRoutes'
import { workflowRoutes } from './workflowRoutes'
import { adminRoutes } from './adminRoutes'
import { presentRoutes } from './presentRoutes'
import { displayRoutes } from './displayRoutes'
import { reviewRoutes } from './reviewRoutes'

declare module 'vue-router' {
  interface RouteMeta {
    /** Lazy message namespaces the page needs; loaded before it renders. List routes default to ['lists']. */
    messages?: readonly LazyNamespace[]
    /** Open without a session (the sign-in page). */
    public?: boolean
    /** Only these roles may open the page; others land on the 'forbidden' page. */
    roles?: readonly Role[]
    /** false hides the global chain/county/period filters (forms, account pages). */
    filters?: boolean
    /** false hides only the chain filter: the page is one chain's own (its path names the chain). */
    chainFilter?: boolean
    /** 'bare': the page owns the whole window (presentation stage, display screens): no header or filters. */
    layout?: 'bare'
  }
}

export const router = createRouter({
  history: createWebHistory(import.meta.env.BASE_URL),
  routes: [
    { path: '/', name: 'overview', component: () => import('@/views/OverviewView.vue') },
    ...listRoutes.map(r => ({ ...r, meta: { messages: ['lists', 'workflow', 'exports'] as const, ...r.meta } })),
    ...authRoutes,
    ...workflowRoutes,
    ...adminRoutes,
    ...presentRoutes,
    ...displayRoutes,
    ...reviewRoutes,
    { path: '/:pathMatch(.*)*', name: 'not-found', component: () => import('@/views/NotFoundView.vue') },
  ],
  scrollBehavior(to, from, saved) {
    if (saved) return saved
    // Filter changes replace the query on the same page: keep the reader where they are.
    if (to.path === from.path) return false
    return { top: 0 }
  },
})

/**
 * Starts downloading the page's lazy component while the first "who am I" request is out: the
 * router would only fetch it after the guards, putting the two round trips in a row on a cold load.
 */
function warmComponents(to: RouteLocationNormalized): void {
  for (const record of to.matched) {
    for (const component of Object.values(record.components ?? {})) {
      if (typeof component !== 'function') continue
      try {
        const loading = (component as () => unknown)()
        if (loading instanceof Promise) loading.catch(() => undefined)
      } catch {
        /* a functional component, not a lazy loader: nothing to warm */
      }
    }
  }
}

/**
 * The session guard: a page without `meta.public` needs someone signed in (asked of the server
 * once per page load) and, when it lists `meta.roles`, one of those roles. The sign-in page sends
 * an already signed-in user straight on.
 */
export function installSessionGuard(r: Router): void {
  r.beforeEach(async to => {
    const session = useSessionStore()
    if (!session.ready) warmComponents(to)
    if (to.name === 'login') {
      await session.ensureReady()
      return session.user ? redirectTarget(to.query.redirect) : true
    }
    if (to.meta.public) return true
    await session.ensureReady()
    if (!session.user) return { name: 'login', query: { redirect: to.fullPath } }
    const setUp = setUpGate(to, session.notSetUp, session.user.role === 'admin')
    if (setUp !== true) return setUp
    const roles = to.meta.roles
    if (roles && !session.hasRole(...roles)) return { name: 'forbidden', query: { from: to.fullPath } }
    return true
  })
}

/**
 * Nothing works until the programme has a chain (issue 11 §3): while it has none, an admin may
 * open the admin screens and their account (anything else leads to the set-up), everyone else
 * only the "not set up yet" page and their account. Once set up, that page leads home.
 */
export function setUpGate(
  to: Pick<RouteLocationNormalized, 'name' | 'path'>,
  notSetUp: boolean,
  isAdmin: boolean,
): true | { name: string } {
  if (!notSetUp) return to.name === 'not-set-up' ? { name: 'overview' } : true
  if (to.name === 'account') return true
  if (isAdmin) return to.path === '/admin' || to.path.startsWith('/admin/') ? true : { name: 'admin-setup' }
  return to.name === 'not-set-up' ? true : { name: 'not-set-up' }
}

/**
 * What a 401 from any API call means: the session expired or was ended elsewhere. Forget the
 * user and send them to sign in, coming back to where they were; on a public page (the sign-in
 * page itself) only forget, so there is no loop.
 */
export function installUnauthorizedHandler(r: Router): void {
  onUnauthorized(() => {
    useSessionStore().clear()
    const current = r.currentRoute.value
    if (current.meta.public || current.name === undefined) return
    void r.replace({ name: 'login', query: { redirect: current.fullPath } })
  })
}

installSessionGuard(router)
installUnauthorizedHandler(router)

// Some pages' messages are chunks of their own: load them before the page renders.
router.beforeEach(async to => {
  const namespaces = to.matched.flatMap(r => r.meta.messages ?? [])
  if (namespaces.length) await loadNamespaces(namespaces).catch(() => undefined)
})
