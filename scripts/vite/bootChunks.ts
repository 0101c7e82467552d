/**
 * Build plugins for the Overview's staged start-up (src/main.ts → src/boot/*): which modules form
 * the 'app' chunk, and modulepreload links so the boot chunks download beside the entry.
 */
import type { HtmlTagDescriptor, Plugin } from 'vite'

/**
 * main.ts imports Vue, vue-i18n and the app (src/boot/*) dynamically, after the static header has
 * painted. This adds <link rel="modulepreload"> for those chunks and every chunk they import, and
 * a preload for their CSS, so they download in parallel with the entry instead of after it.
 */
export function preloadBootChunks(
  entries = ['/src/boot/vueRuntime.ts', '/src/boot/i18nRuntime.ts', '/src/boot/startApp.ts'],
): Plugin {
  let base = '/'
  return {
    name: 'chain-cockpit:preload-boot-chunks',
    apply: 'build',
    configResolved(config) {
      base = config.base
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const bundle = ctx.bundle
        if (!bundle) return html
        const js = new Set<string>()
        const css = new Set<string>()
        const visit = (fileName: string): void => {
          const chunk = bundle[fileName]
          if (!chunk || chunk.type !== 'chunk' || js.has(fileName)) return
          js.add(fileName)
          chunk.viteMetadata?.importedCss.forEach(f => css.add(f))
          chunk.imports.forEach(visit)
        }
        for (const chunk of Object.values(bundle))
          if (chunk.type === 'chunk' && entries.some(e => chunk.facadeModuleId?.endsWith(e))) visit(chunk.fileName)
        const tags: HtmlTagDescriptor[] = []
        // Preloaded, not render-blocking: the static header paints without it, and Vite's loader
        // applies it (from cache) before the app mounts.
        for (const f of css)
          if (!html.includes(`${base}${f}`))
            tags.push({
              tag: 'link',
              attrs: { rel: 'preload', as: 'style', crossorigin: true, href: `${base}${f}` },
              injectTo: 'head',
            })
        for (const f of js)
          if (!html.includes(`${base}${f}`))
            tags.push({
              tag: 'link',
              attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${f}` },
              injectTo: 'head',
            })
        return { html, tags }
      },
    },
  }
}

/**
 * Which modules the app's start-up (src/boot/startApp.ts) needs beyond what the entry already
 * evaluates, collected once the module graph is known and read by the 'app' chunk group below.
 * Keeping them out of startApp's own chunk means the views import a chunk with no dynamic
 * imports of its own (the routes, the mock worker stay in startApp's chunk), and Vue gets a
 * chunk of its own so main.ts can evaluate it in a separate task.
 */
export const bootModules = new Set<string>()
export function collectBootModules(): Plugin {
  return {
    name: 'chain-cockpit:collect-boot-modules',
    apply: 'build',
    buildEnd() {
      const closure = (start: string | undefined): Set<string> => {
        const seen = new Set<string>()
        const stack = start ? [start] : []
        while (stack.length > 0) {
          const id = stack.pop()!
          if (seen.has(id)) continue
          seen.add(id)
          stack.push(...(this.getModuleInfo(id)?.importedIds ?? []))
        }
        return seen
      }
      const ids = [...this.getModuleIds()]
      const entry = closure(ids.find(id => id.endsWith('/src/main.ts')))
      bootModules.clear()
      for (const id of closure(ids.find(id => id.endsWith('/src/boot/startApp.ts'))))
        if (!entry.has(id) && !/[\\/]src[\\/](router[\\/]|boot[\\/]startApp\.ts$)/.test(id)) bootModules.add(id)
    },
  }
}
