/**
 * The app router: the Overview and the not-found page here, the chain page, lists and details
 * from listRoutes.ts. Every view is a lazy chunk.
 */
import { createRouter, createWebHistory } from 'vue-router'
import { loadListsMessages } from '@/i18n'
import { listRoutes } from './listRoutes'

export const router = createRouter({
  history: createWebHistory(import.meta.env.BASE_URL),
  routes: [
    { path: '/', name: 'overview', component: () => import('@/views/OverviewView.vue') },
    ...listRoutes,
    { path: '/:pathMatch(.*)*', name: 'not-found', component: () => import('@/views/NotFoundView.vue') },
  ],
  scrollBehavior(to, from, saved) {
    if (saved) return saved
    // Filter changes replace the query on the same page: keep the reader where they are.
    if (to.path === from.path) return false
    return { top: 0 }
  },
})

const listRouteNames = new Set(listRoutes.map(r => r.name))

// The list pages' messages are a chunk of their own: load them before the first list page renders.
router.beforeEach(async (to) => {
  if (listRouteNames.has(to.name)) await loadListsMessages().catch(() => undefined)
})
