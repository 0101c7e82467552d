import type { RouteRecordRaw } from 'vue-router'

/** Roles that record visits (DOMAIN.md, Roles): the server checks chain scope on top. */
export const VISIT_WRITERS = ['admin', 'leader', 'liaison'] as const

/**
 * Sign-in, one's own account, recording and editing a visit, the "not allowed" page and the "not
 * set up yet" page (the guard's destination for everyone but an admin while no chain exists).
 * `meta.public` marks pages open without a session; `meta.roles` pages only some roles may open;
 * `meta.filters: false` pages without the global filter bar (forms have nothing to filter).
 */
export const authRoutes: RouteRecordRaw[] = [
  {
    path: '/login',
    name: 'login',
    component: () => import('@/views/LoginView.vue'),
    meta: { public: true, filters: false, messages: ['forms'] },
  },
  {
    path: '/account',
    name: 'account',
    component: () => import('@/views/AccountView.vue'),
    meta: { filters: false, messages: ['forms'] },
  },
  {
    path: '/visits/new',
    name: 'visit-new',
    component: () => import('@/views/VisitFormView.vue'),
    meta: { filters: false, roles: VISIT_WRITERS, messages: ['lists', 'forms'] },
  },
  {
    path: '/visits/:id(\\d+)/edit',
    name: 'visit-edit',
    component: () => import('@/views/VisitFormView.vue'),
    meta: { filters: false, roles: VISIT_WRITERS, messages: ['lists', 'forms'] },
  },
  {
    path: '/not-set-up',
    name: 'not-set-up',
    component: () => import('@/components/auth/AuthNotSetUpPage.vue'),
    meta: { filters: false, messages: ['forms'] },
  },
  {
    path: '/forbidden',
    name: 'forbidden',
    component: () => import('@/components/auth/AuthForbiddenPage.vue'),
    meta: { filters: false, messages: ['forms'] },
  },
]
