import type { RouteRecordRaw } from 'vue-router'

const adminOnly = { roles: ['admin'] as const, filters: false, messages: ['admin'] as const }

/**
 * The admin screens: users, chains, departments, enterprises, calendar, time limits. Only admins
 * may open them (the router guard reads `meta.roles`; the server refuses everyone else anyway).
 */
export const adminRoutes: RouteRecordRaw[] = [
  {
    path: '/admin',
    name: 'admin',
    component: () => import('@/views/admin/AdminView.vue'),
    meta: adminOnly,
    redirect: { name: 'admin-users' },
    children: [
      { path: 'users', name: 'admin-users', component: () => import('@/views/admin/AdminUsersView.vue') },
      { path: 'chains', name: 'admin-chains', component: () => import('@/views/admin/AdminChainsView.vue') },
      { path: 'departments', name: 'admin-departments', component: () => import('@/views/admin/AdminDepartmentsView.vue') },
      { path: 'enterprises', name: 'admin-enterprises', component: () => import('@/views/admin/AdminEnterprisesView.vue') },
      { path: 'calendar', name: 'admin-calendar', component: () => import('@/views/admin/AdminCalendarView.vue') },
      { path: 'time-limits', name: 'admin-time-limits', component: () => import('@/views/admin/AdminTimeLimitsView.vue') },
    ],
  },
]
