import type { RouteRecordRaw } from 'vue-router'

/** The review pages (issue 4): the year in review, its year and chains in the query (?year=2026&chains=1,2). */
export const reviewRoutes: RouteRecordRaw[] = [
  {
    path: '/review',
    name: 'year-review',
    component: () => import('@/views/ReviewView.vue'),
    meta: { messages: ['review'], filters: false },
  },
]
