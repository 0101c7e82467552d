import type { RouteRecordRaw } from 'vue-router'
import { useSessionStore } from '@/stores/session'

const adminOnly = { roles: ['admin'] as const, filters: false, messages: ['admin'] as const }

/**
 * The admin screens: set-up (first run, new chains, leader names to correct), users, chains,
 * departments, enterprises, calendar, time limits. Only admins
 * may open them (the router guard reads `meta.roles`; the server refuses everyone else anyway).
 */
export const adminRoutes: RouteRecordRaw[] = [
  {
    path: '/admin',
    name: 'admin',
    component: () => import('@/views/admin/AdminView.vue'),
    meta: adminOnly,
    // While the programme has no chain, the admin screens open on the set-up.
    redirect: () => ({ name: useSessionStore().notSetUp ? 'admin-setup' : 'admin-users' }),
    children: [
      { path: 'setup', name: 'admin-setup', component: () => import('@/views/admin/AdminSetupView.vue') },
      { path: 'users', name: 'admin-users', component: () => import('@/views/admin/AdminUsersView.vue') },
      { path: 'chains', name: 'admin-chains', component: () => import('@/views/admin/AdminChainsView.vue') },
      {
        path: 'departments',
        name: 'admin-departments',
        component: () => import('@/views/admin/AdminDepartmentsView.vue'),
      },
      {
        path: 'enterprises',
        name: 'admin-enterprises',
        component: () => import('@/views/admin/AdminEnterprisesView.vue'),
      },
      { path: 'calendar', name: 'admin-calendar', component: () => import('@/views/admin/AdminCalendarView.vue') },
      {
        path: 'time-limits',
        name: 'admin-time-limits',
        component: () => import('@/views/admin/AdminTimeLimitsView.vue'),
      },
    ],
  },
]
