import type { RouteRecordRaw } from 'vue-router'

/**
 * The presentation pages (issue 4): the playlist editor at /present (any signed-in role; `p` or
 * `id` in the query opens a shared or saved playlist in it), the stage at /present/play
 * (`p`: a playlist encoded in the URL, `id`: a saved one), which owns the whole window, and the
 * PDF handout at /present/handout (the same query): every slide as a page to print.
 */
export const presentRoutes: RouteRecordRaw[] = [
  {
    path: '/present',
    name: 'present',
    component: () => import('@/views/present/PresentView.vue'),
    meta: { messages: ['present'], filters: false },
  },
  {
    path: '/present/play',
    name: 'present-play',
    component: () => import('@/views/present/PresentPlayView.vue'),
    meta: { layout: 'bare', messages: ['present'], filters: false },
  },
  {
    path: '/present/handout',
    name: 'present-handout',
    component: () => import('@/views/present/PresentHandoutView.vue'),
    meta: { layout: 'bare', messages: ['present'], filters: false },
  },
]
