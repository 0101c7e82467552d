import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'
import { precompress } from './scripts/vite/precompress.ts'
import { runtimeConfig } from './scripts/vite/runtimeConfig.ts'
import { bootModules, collectBootModules, preloadBootChunks } from './scripts/vite/bootChunks.ts'

// The API server `npm run dev` starts beside Vite; the SPA calls /api on its own origin.
const apiTarget = process.env.CHAIN_API_URL ?? `http://127.0.0.1:${process.env.API_PORT ?? 8080}`

export default defineConfig({
  plugins: [vue(), collectBootModules(), preloadBootChunks(), runtimeConfig(), precompress()],
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
      '#contract': fileURLToPath(new URL('./contract/index.ts', import.meta.url)),
      // The messages the SPA and the server both print (DESIGN.md convention 6): the root locales/.
      '#locales': fileURLToPath(new URL('./locales', import.meta.url)),
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
    // dist/.vite/manifest.json: the server reads which files a signed-in page imports first and
    // lists them in the page's boot data (server/plugins/pageModules.ts). Not served (a dotfile).
    manifest: true,
    // Lazy chunks only ever reach this size: ECharts ~570 KB raw (~190 KB gz) and exceljs ~930 KB
    // (the mock mode's in-browser Excel export, loaded on the export click). Warn past them, so a
    // newcomer's first `npm start` prints no warning that is not theirs to act on.
    chunkSizeWarningLimit: 1000,
    // ECharts (with zrender) in one chunk of its own, reached only through src/charts/LazyChart.ts,
    // so the Overview's KPI cards paint before any chart code downloads.
    rolldownOptions: {
      // contract/ only defines schemas, tables and pure functions: a module nobody uses is dropped
      // (zod calls at a module's top level would otherwise count as side effects and keep, say,
      // the write commands in the eager chunk that imports `#contract` for one schema).
      treeshake: { moduleSideEffects: [{ test: /[\\/]contract[\\/]/, sideEffects: false }] },
      output: {
        codeSplitting: {
          groups: [
            // The county map's part of ECharts (issue 11 §6) apart: only a deployment with MAP_GEOJSON loads it.
            {
              name: 'echarts-map',
              test: /node_modules[\\/]echarts[\\/]lib[\\/](chart[\\/]map|component[\\/]geo|coord[\\/]geo|component[\\/]helper[\\/](MapDraw|RoamController|roamHelper|interactionMutex|cursorHelper)|action[\\/]roamHelper)[\\/.]|node_modules[\\/]zrender[\\/]lib[\\/]tool[\\/]parseSVG/,
              priority: 4,
              includeDependenciesRecursively: false,
            },
            { name: 'echarts', test: /node_modules[\\/](echarts|zrender)[\\/]/, priority: 3 },
            {
              name: 'vue',
              test: /node_modules[\\/](@vue[\\/](runtime-core|runtime-dom|reactivity|shared)|vue)[\\/]/,
              priority: 2,
            },
            { name: 'vue-i18n', test: /node_modules[\\/](vue-i18n|@intlify)[\\/]/, priority: 2 },
            // Without its dependencies: those the entry evaluates already stay in the entry's chunks.
            { name: 'app', test: id => bootModules.has(id), priority: 1, includeDependenciesRecursively: false },
          ],
        },
      },
    },
  },
})
