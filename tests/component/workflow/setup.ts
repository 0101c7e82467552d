import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { createMemoryHistory, createRouter, type RouteRecordRaw } from 'vue-router'
import type { Component } from 'vue'
import type { Department, SessionUser } from '#contract'
import { i18n, loadNamespaces, setI18nLocale } from '@/i18n'
import { listRoutes } from '@/router/listRoutes'
import { workflowRoutes } from '@/router/workflowRoutes'
import { useSessionStore } from '@/stores/session'

/** Demo-like users: the leader and liaison are scoped to chain 1, the department is department 3. */
export const USERS: Record<
  'admin' | 'leader' | 'liaison' | 'department' | 'viewer' | 'otherLeader' | 'otherDepartment',
  SessionUser
> = {
  admin: { id: 1, username: 'admin', displayName: '管理员', role: 'admin', chainIds: [], departmentId: null },
  leader: { id: 2, username: 'leader', displayName: '李链长', role: 'leader', chainIds: [1], departmentId: null },
  liaison: { id: 5, username: 'liaison', displayName: '金联络', role: 'liaison', chainIds: [1], departmentId: null },
  department: {
    id: 9,
    username: 'department',
    displayName: '张科长',
    role: 'department',
    chainIds: [],
    departmentId: 3,
  },
  viewer: { id: 11, username: 'viewer', displayName: '观察员', role: 'viewer', chainIds: [], departmentId: null },
  otherLeader: {
    id: 12,
    username: 'leader2',
    displayName: '王链长',
    role: 'leader',
    chainIds: [4],
    departmentId: null,
  },
  otherDepartment: {
    id: 13,
    username: 'dept2',
    displayName: '赵科长',
    role: 'department',
    chainIds: [],
    departmentId: 4,
  },
}

export const DEPARTMENTS: Department[] = [
  {
    id: 3,
    code: 'fgw',
    name: { zh: '州发改委', ko: '주발개위', en: 'Development and Reform Commission' },
    verticallyManaged: false,
  },
  {
    id: 4,
    code: 'gxj',
    name: { zh: '州工信局', ko: '주공신국', en: 'Industry and IT Bureau' },
    verticallyManaged: false,
  },
  { id: 8, code: 'yjhg', name: { zh: '延吉海关', ko: '연길세관', en: 'Yanji Customs' }, verticallyManaged: true },
]

/** A fresh Pinia with `user` signed in (null: signed out). */
export function signIn(user: SessionUser | null): Pinia {
  const pinia = createPinia()
  setActivePinia(pinia)
  useSessionStore().user = user
  return pinia
}

/** Mounts a view at `url` with the app's list and workflow routes, English messages and `user` signed in. */
export async function mountView(
  view: Component,
  url: string,
  user: SessionUser | null,
  extraRoutes: RouteRecordRaw[] = [],
) {
  const pinia = signIn(user)
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [...workflowRoutes, ...listRoutes, ...extraRoutes],
  })
  await router.push(url)
  await router.isReady()
  await loadNamespaces(['lists', 'workflow'])
  await setI18nLocale('en')
  const wrapper = mount(view, { attachTo: document.body, global: { plugins: [router, i18n, pinia] } })
  await flushPromises()
  return { wrapper, router }
}
