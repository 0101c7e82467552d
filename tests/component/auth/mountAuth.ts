/** Mounts an auth page with a memory router, a fresh Pinia and the real messages of a locale. */
import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'
import { createI18n } from 'vue-i18n'
import type { Component } from 'vue'
import { messages } from '@/locales'

const page = { render: () => null }

export async function mountAuth(component: Component, url: string, locale: 'zh-CN' | 'ko-CN' | 'en' = 'en') {
  const pinia = createPinia()
  setActivePinia(pinia)
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', name: 'overview', component: page },
      { path: '/login', name: 'login', component },
      { path: '/account', name: 'account', component },
      { path: '/visits/new', name: 'visit-new', component: page },
    ],
  })
  await router.push(url)
  const i18n = createI18n({ legacy: false, locale, messages, missingWarn: false, fallbackWarn: false })
  const wrapper = mount(component, { global: { plugins: [router, pinia, i18n] }, attachTo: document.body })
  return { wrapper, router }
}
