/**
 * The entry: small on purpose. It switches zod to jitless mode, sends the Overview's data request,
 * starts loading the runtime config, lets the static header in index.html paint, and only then
 * evaluates Vue and the app, in separate tasks so no single start-up task blocks input for long.
 */
import './zodJitless'
import './startOverviewPrefetch'
import { loadConfig } from './config'
import { afterNextPaint, nextTask } from './boot/nextTask'
import { preloadCarriedModules } from './boot/preloadModules'
import './styles/tokens.css'
import './styles/base.css'
import './styles/print.css'

async function start(): Promise<void> {
  const configLoaded = loadConfig()
  await afterNextPaint()
  preloadCarriedModules()
  // Vue's runtime evaluates in a task of its own, then vue-i18n, then the app (startApp.ts).
  await import('./boot/vueRuntime')
  await nextTask()
  await import('./boot/i18nRuntime')
  await nextTask()
  const { startApp } = await import('./boot/startApp')
  await startApp(configLoaded)
}

void start()
