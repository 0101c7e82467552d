import type { RouteRecordRaw } from 'vue-router'

/**
 * The display pages (issue 4): an unattended screen opens its display link, which carries a
 * revocable read-only token instead of a session — so the page is public and owns the window.
 */
export const displayRoutes: RouteRecordRaw[] = [
  {
    path: '/display/:token',
    name: 'display',
    component: () => import('@/views/present/DisplayView.vue'),
    meta: { public: true, layout: 'bare', messages: ['present'], filters: false },
  },
]
