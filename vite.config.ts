import { fileURLToPath, URL } from 'node:url'
import { defineConfig, type HtmlTagDescriptor, type Plugin } from 'vite'
import vue from '@vitejs/plugin-vue'
import { precompress } from './scripts/vite/precompress.ts'

// The API server `npm run dev` starts beside Vite; the SPA calls /api on its own origin.
const apiTarget = process.env.CHAIN_API_URL ?? `http://127.0.0.1:${process.env.API_PORT ?? 8080}`

/**
 * main.ts imports Vue, vue-i18n and the app (src/boot/*) dynamically, after the static header has
 * painted. This adds <link rel="modulepreload"> for those chunks and every chunk they import, and
 * a preload for their CSS, so they download in parallel with the entry instead of after it.
 */
function preloadBootChunks(entries = ['/src/boot/vueRuntime.ts', '/src/boot/i18nRuntime.ts', '/src/boot/startApp.ts']): Plugin {
  let base = '/'
  return {
    name: 'chain-cockpit:preload-boot-chunks',
    apply: 'build',
    configResolved(config) { base = config.base },
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
        for (const f of css) if (!html.includes(`${base}${f}`)) tags.push({ tag: 'link', attrs: { rel: 'preload', as: 'style', crossorigin: true, href: `${base}${f}` }, injectTo: 'head' })
        for (const f of js) if (!html.includes(`${base}${f}`)) tags.push({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${f}` }, injectTo: 'head' })
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
const bootModules = new Set<string>()
function collectBootModules(): Plugin {
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

export default defineConfig({
  plugins: [vue(), collectBootModules(), preloadBootChunks(), precompress()],
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
      '#contract': fileURLToPath(new URL('./contract/index.ts', import.meta.url)),
    },
  },
  // vue-i18n: composition API only and no production devtools hooks, to keep the eager chunk small.
  define: {
    __VUE_I18N_LEGACY_API__: 'false',
    __VUE_I18N_FULL_INSTALL__: 'true',
    __INTLIFY_PROD_DEVTOOLS__: 'false',
  },
  server: {
    proxy: { '/api': { target: apiTarget, changeOrigin: false } },
  },
  build: {
    target: 'es2022',
    sourcemap: false,
    // The lazy ECharts chunk is ~550 KB raw (~190 KB gz) by design; warn only past that.
    chunkSizeWarningLimit: 700,
    // ECharts (with zrender) in one chunk of its own, reached only through src/charts/LazyChart.ts,
    // so the Overview's KPI cards paint before any chart code downloads.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'echarts', test: /node_modules[\\/](echarts|zrender)[\\/]/, priority: 3 },
            { name: 'vue', test: /node_modules[\\/](@vue[\\/](runtime-core|runtime-dom|reactivity|shared)|vue)[\\/]/, priority: 2 },
            { name: 'vue-i18n', test: /node_modules[\\/](vue-i18n|@intlify)[\\/]/, priority: 2 },
            // Without its dependencies: those the entry evaluates already stay in the entry's chunks.
            { name: 'app', test: id => bootModules.has(id), priority: 1, includeDependenciesRecursively: false },
          ],
        },
      },
    },
  },
})
