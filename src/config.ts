/**
 * The only place that reads the environment. The build-time default (VITE_API_MODE) is
 * overridden at run time by /config.json served beside the SPA, so one build runs on either.
 */
import { pageCarriesBootData } from './api/bootData'

export type ApiMode = 'mock' | 'live'

export interface AppConfig {
  apiMode: ApiMode
  /** Base URL of the live API; '' means same origin. */
  apiBaseUrl: string
}

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
      const json = (await res.json()) as Partial<AppConfig>
      current = {
        apiMode: json.apiMode === 'mock' || json.apiMode === 'live' ? json.apiMode : buildDefault.apiMode,
        apiBaseUrl: typeof json.apiBaseUrl === 'string' ? json.apiBaseUrl : buildDefault.apiBaseUrl,
      }
    }
  } catch {
    current = buildDefault
  }
  return current
}

export function getConfig(): AppConfig {
  return current
}
