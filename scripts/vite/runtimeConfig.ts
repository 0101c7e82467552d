/**
 * A Vite plugin that puts a default /config.json beside the SPA: written into the build and
 * answered by the dev server. The SPA asks for it at start-up (src/config.ts; not when the page
 * carries boot data from this app's server, which reads the file itself), and a
 * missing file logged a 404 in every page load's console. The default says what the build
 * already defaults to, so it changes nothing; a deployment edits dist/config.json to switch.
 */
import type { Plugin } from 'vite'

/** The file's body for a build or dev server whose VITE_API_MODE is `mode`. */
export function defaultRuntimeConfig(mode: string | undefined): string {
  return `${JSON.stringify({ apiMode: mode === 'mock' ? 'mock' : 'live', apiBaseUrl: '' }, null, 2)}\n`
}

export function runtimeConfig(): Plugin {
  let body = defaultRuntimeConfig(undefined)
  return {
    name: 'chain-cockpit:runtime-config',
    configResolved(config) {
      body = defaultRuntimeConfig(config.env.VITE_API_MODE as string | undefined)
    },
    configureServer(server) {
      server.middlewares.use('/config.json', (_req, res) => {
        res.setHeader('content-type', 'application/json; charset=utf-8')
        res.setHeader('cache-control', 'no-cache')
        res.end(body)
      })
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'config.json', source: body })
    },
  }
}
