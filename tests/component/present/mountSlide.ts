import { mount } from '@vue/test-utils'
import { createI18n } from 'vue-i18n'
import type { Component } from 'vue'
import { messages } from '@/locales'

/** Mounts a slide component with the app's real messages in `locale`. */
export function mountSlide(component: Component, props: Record<string, unknown>, locale = 'en') {
  const i18n = createI18n({ legacy: false, locale, messages, missingWarn: false, fallbackWarn: false })
  return mount(component, { props, global: { plugins: [i18n] }, attachTo: document.body })
}
