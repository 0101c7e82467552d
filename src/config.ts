/**
 * The only place that reads the environment. The build-time default (VITE_API_MODE) is
 * overridden at run time by /config.json served beside the SPA, so one build runs on either.
 */
import { readRuntimeConfig, type RuntimeConfig } from '#contract'
import { pageCarriesBootData } from './api/bootData'

export type { ApiMode } from '#contract'
export type AppConfig = RuntimeConfig

const buildDefault: AppConfig = {
  apiMode: import.meta.env.VITE_API_MODE === 'mock' ? 'mock' : 'live',
  apiBaseUrl: '',
}

let current: AppConfig = buildDefault

/**
 * Loads /config.json (if any) once at start-up; a missing or broken file keeps the build default.
 * A page that carries boot data came from this app's own server, which embeds it only when this
 * build talks to it (server/plugins/spa.ts): that is the config, and no round trip is spent on it.
 */
export async function loadConfig(fetchImpl: typeof fetch = fetch): Promise<AppConfig> {
  if (pageCarriesBootData()) {
    current = { apiMode: 'live', apiBaseUrl: '' }
    return current
  }
  try {
    const res = await fetchImpl(`${import.meta.env.BASE_URL}config.json`, { cache: 'no-store' })
    if (res.ok && (res.headers.get('content-type') ?? '').includes('json')) {
      current = readRuntimeConfig(await res.json(), buildDefault)
    }
  } catch {
    current = buildDefault
  }
  return current
}

export function getConfig(): AppConfig {
  return current
}
