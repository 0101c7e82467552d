/**
 * The app router: the Overview and the not-found page here; the chain page, lists and details
 * from listRoutes.ts; sign-in and the visit form from authRoutes.ts; the workflow screens from
 * workflowRoutes.ts; the admin screens from adminRoutes.ts. Every view is a lazy chunk.
 */
import { createRouter, createWebHistory } from 'vue-router'
import { loadNamespaces } from '@/i18n'
import type { LazyNamespace } from '@/locales/loader'
import { listRoutes } from './listRoutes'
import { authRoutes } from './authRoutes'
import { workflowRoutes } from './workflowRoutes'
import { adminRoutes } from './adminRoutes'

declare module 'vue-router' {
  interface RouteMeta {
    /** Lazy message namespaces the page needs; loaded before it renders. List routes default to ['lists']. */
    messages?: readonly LazyNamespace[]
    /** Open without a session (the sign-in page). */
    public?: boolean
  }
}

export const router = createRouter({
  history: createWebHistory(import.meta.env.BASE_URL),
  routes: [
    { path: '/', name: 'overview', component: () => import('@/views/OverviewView.vue') },
    ...listRoutes.map(r => ({ ...r, meta: { messages: ['lists'] as const, ...r.meta } })),
    ...authRoutes,
    ...workflowRoutes,
    ...adminRoutes,
    { path: '/:pathMatch(.*)*', name: 'not-found', component: () => import('@/views/NotFoundView.vue') },
  ],
  scrollBehavior(to, from, saved) {
    if (saved) return saved
    // Filter changes replace the query on the same page: keep the reader where they are.
    if (to.path === from.path) return false
    return { top: 0 }
  },
})

// Some pages' messages are chunks of their own: load them before the page renders.
router.beforeEach(async (to) => {
  const namespaces = to.matched.flatMap(r => r.meta.messages ?? [])
  if (namespaces.length) await loadNamespaces(namespaces).catch(() => undefined)
})
