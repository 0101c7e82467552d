import './zodJitless'
import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { loadConfig } from './config'
import { i18n } from './i18n'
import { router } from './router'
import { useLocaleStore } from './stores/locale'
import './styles/tokens.css'
import './styles/base.css'

async function start(): Promise<void> {
  const app = createApp(App)
  const pinia = createPinia()
  app.use(pinia)
  app.use(i18n)
  // Installing the router starts the first navigation, so the page's chunk downloads while the
  // runtime config and the reader's language load. No API call happens before mount.
  app.use(router)
  const [config] = await Promise.all([loadConfig(), useLocaleStore(pinia).init(), router.isReady()])
  if (config.apiMode === 'mock') {
    // Dynamic import: live builds never download the mock world or MSW.
    const { startMockWorker } = await import('../mock/browser')
    await startMockWorker()
  }
  app.mount('#app')
}

void start()
