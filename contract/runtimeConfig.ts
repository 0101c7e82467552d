/**
 * The runtime config file (`config.json` beside the built SPA): which data source one build talks
 * to. Read the same way by the SPA at start-up (src/config.ts) and by the server deciding whether
 * a page may carry its own API's data (server/plugins/spa.ts).
 */
export type ApiMode = 'mock' | 'live'

export interface RuntimeConfig {
  apiMode: ApiMode
  /** Base URL of the live API; '' means the origin that served the SPA. */
  apiBaseUrl: string
}

/** The config a `config.json` body says; whatever it does not say validly keeps `fallback`'s value. */
export function readRuntimeConfig(json: unknown, fallback: RuntimeConfig): RuntimeConfig {
  const given = typeof json === 'object' && json !== null ? (json as Partial<Record<keyof RuntimeConfig, unknown>>) : {}
  return {
    apiMode: given.apiMode === 'mock' || given.apiMode === 'live' ? given.apiMode : fallback.apiMode,
    apiBaseUrl: typeof given.apiBaseUrl === 'string' ? given.apiBaseUrl : fallback.apiBaseUrl,
  }
}

/** Whether the SPA under `config` talks to the live API of the server that served it. */
export function talksToItsServer(config: RuntimeConfig): boolean {
  return config.apiMode === 'live' && config.apiBaseUrl === ''
}
