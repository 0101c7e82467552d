/**
 * The app itself: Vue, Pinia, vue-i18n, the router and the shell. main.ts imports this module
 * dynamically, once the static header has painted; index.html preloads it (see vite.config.ts),
 * so importing it costs evaluation, not a round trip.
 */
import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from '@/App.vue'
import type { AppConfig } from '@/config'
import { holdRequestsUntil } from '@/api/requestHooks'
import { i18n } from '@/i18n'
import { router } from '@/router'
import { useLocaleStore } from '@/stores/locale'
import { loadShellFilterBar, loadShellNav } from '@/components/shell/shellChunks'
import { nextTask } from './nextTask'

/** Creates the app, waits for the runtime config and the reader's language, and mounts it on #app. */
export async function startApp(configLoaded: Promise<AppConfig>): Promise<void> {
  const app = createApp(App)
  const pinia = createPinia()
  app.use(pinia)
  app.use(i18n)
  // API calls wait until the runtime config is known and, in mock mode, the mock worker answers:
  // the router's first navigation asks the server who is signed in (the session guard).
  const apiReady = configLoaded.then(async config => {
    if (config.apiMode !== 'mock') return
    // Dynamic import: live builds never download the mock world or MSW.
    const { startMockWorker } = await import('../../mock/browser')
    await startMockWorker()
  })
  holdRequestsUntil(apiReady)
  // Installing the router starts the first navigation, so the page's chunk downloads while the
  // runtime config and the reader's language load. Apart from the Overview's prefetch (see
  // startOverviewPrefetch.ts) and the session check, no API call happens before mount.
  app.use(router)
  // The navigation and the filter bar are chunks of their own (shellChunks.ts): start them
  // downloading beside the session check, in a task of their own (the loader adds their
  // preload links, which is not free).
  await nextTask()
  void loadShellNav()
  void loadShellFilterBar()
  await Promise.all([apiReady, useLocaleStore(pinia).init()])
  await nextTask()
  // Mounted without waiting for the first navigation: the shell renders in this task and the
  // page in a later one (App.vue), short tasks instead of one long one.
  app.mount('#app')
}
