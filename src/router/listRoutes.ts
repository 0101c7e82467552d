import type { RouteRecordRaw } from 'vue-router'

/**
 * Routes of the chain page, the four lists and their detail views.
 * Spread into the app router by src/router/index.ts; every view is lazy so the
 * Overview's first paint never pays for tables or detail pages.
 */
export const listRoutes: RouteRecordRaw[] = [
  // A chain's own page: a chain filter there read "all chains" while the page showed one.
  {
    path: '/chains/:id',
    name: 'chain',
    component: () => import('@/views/ChainView.vue'),
    meta: { chainFilter: false },
  },
  { path: '/enterprises', name: 'enterprises', component: () => import('@/views/EnterprisesView.vue') },
  { path: '/enterprises/:id', name: 'enterprise', component: () => import('@/views/EnterpriseDetailView.vue') },
  { path: '/visits', name: 'visits', component: () => import('@/views/VisitsView.vue') },
  { path: '/visits/:id', name: 'visit', component: () => import('@/views/VisitDetailView.vue') },
  { path: '/bottlenecks', name: 'bottlenecks', component: () => import('@/views/BottlenecksView.vue') },
  { path: '/bottlenecks/:id', name: 'bottleneck', component: () => import('@/views/BottleneckDetailView.vue') },
  { path: '/recommendations', name: 'recommendations', component: () => import('@/views/RecommendationsView.vue') },
  {
    path: '/recommendations/:id',
    name: 'recommendation',
    component: () => import('@/views/RecommendationDetailView.vue'),
  },
]
