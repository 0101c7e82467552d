/**
 * Bundle budget: builds the SPA into .bench/dist with a manifest (passed on the command line, so
 * vite.config.ts stays as it is) and sums the gzip size of the JS the Overview loads.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { overviewLoad, type Manifest } from './manifest'
import type { Metric, Section } from './metrics'
import { BENCH_DIST, ROOT } from './paths'

/** Runs `vite build --manifest` into .bench/dist; throws when the build fails. */
export function buildForBench(outDir = BENCH_DIST): void {
  const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js')
  const args = [vite, 'build', '--outDir', outDir, '--emptyOutDir', '--manifest', '--logLevel', 'warn']
  const res = spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'inherit', timeout: 300_000 })
  if (res.status !== 0) throw new Error(`vite build failed (${res.status ?? res.signal})`)
}

function gzipKb(file: string): number {
  return gzipSync(readFileSync(file), { level: 9 }).length / 1024
}

/** The JS files index.html loads by itself: module scripts and modulepreload links. */
export function htmlScripts(html: string): string[] {
  const files = new Set<string>()
  for (const tag of html.match(/<(script|link)\b[^>]*>/g) ?? []) {
    const isModuleScript = tag.startsWith('<script') && /type="module"/.test(tag)
    const isPreload = tag.startsWith('<link') && /rel="modulepreload"/.test(tag)
    const ref = tag.match(/(?:src|href)="([^"]+)"/)?.[1]
    if ((isModuleScript || isPreload) && ref && !/^https?:/.test(ref)) files.add(ref.replace(/^\//, ''))
  }
  return [...files]
}

/** ECharts' map and geo parts (vite.config.ts's 'echarts-map' group): loaded only when the deployment has MAP_GEOJSON. */
function isCountyMapChunk(file: string): boolean {
  return /(^|\/)echarts-map-[\w-]+\.js$/.test(file)
}

function listFiles(files: string[], sizes: Map<string, number>): string {
  return files.map(f => `${f} ${sizes.get(f)!.toFixed(1)}`).join(', ')
}

/** Measures the Overview's JS (and CSS, for information) in a build that has a manifest. */
export function measureBundle(outDir = BENCH_DIST): Section {
  const manifestFile = join(outDir, '.vite', 'manifest.json')
  if (!existsSync(manifestFile)) throw new Error(`${manifestFile} is missing: build with --manifest`)
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest
  const htmlJs = htmlScripts(readFileSync(join(outDir, 'index.html'), 'utf8'))
  const load = overviewLoad(manifest, undefined, undefined, htmlJs)
  const sizes = new Map<string, number>()
  const size = (file: string) => {
    if (!sizes.has(file)) sizes.set(file, gzipKb(join(outDir, file)))
    return sizes.get(file)!
  }
  const jsOf = (keys: Iterable<string>) =>
    [...new Set([...keys].map(k => manifest[k]!.file))].filter(f => f.endsWith('.js'))
  const cssOf = (keys: Iterable<string>) => [...new Set([...keys].flatMap(k => manifest[k]!.css ?? []))]

  // What index.html itself asks for must be inside the manifest's static closure, or the count is wrong.
  const beforePaintJs = [...new Set([...jsOf(load.beforePaint), ...htmlJs])]
  const lazyJs = jsOf(load.lazy).filter(f => !beforePaintJs.includes(f))
  const allCss = cssOf([...load.beforePaint, ...load.lazy])
  const sum = (files: string[]) => files.reduce((total, f) => total + size(f), 0)

  const metrics: Metric[] = [
    {
      label: 'JS before first paint',
      value: sum(beforePaintJs),
      unit: 'KB gz',
      budget: { max: 120 },
      note: `${beforePaintJs.length} file(s): entry + static imports`,
    },
    {
      label: 'JS before the KPIs can paint',
      value: sum(beforePaintJs) + sum(jsOf(load.view).filter(f => !beforePaintJs.includes(f))),
      unit: 'KB gz',
      note: 'information: + the view chunk and its static imports',
    },
    {
      label: 'All JS for the Overview',
      value: sum(beforePaintJs) + sum(lazyJs),
      unit: 'KB gz',
      budget: { max: 350 },
      note: `+ ${lazyJs.length} lazy file(s): view, charts`,
    },
    {
      label: 'All JS for the Overview, no county map',
      value: sum(beforePaintJs) + sum(lazyJs.filter(f => !isCountyMapChunk(f))),
      unit: 'KB gz',
      budget: { max: 350 },
      note: `a deployment without MAP_GEOJSON never requests ${lazyJs.filter(isCountyMapChunk).join(', ') || 'the map chunk'}`,
    },
    { label: 'CSS for the Overview', value: sum(allCss), unit: 'KB gz', note: 'information only' },
  ]
  const allJs = Object.values(manifest)
    .map(c => c.file)
    .filter(f => f.endsWith('.js'))
  return {
    title: 'Bundle (Overview, cold load)',
    metrics,
    notes: [
      `before first paint: ${listFiles(beforePaintJs, sizes)}`,
      `lazy for the Overview: ${lazyJs.length ? listFiles(lazyJs, sizes) : 'none'}`,
      `whole build: ${allJs.length} JS files, ${sum([...new Set(allJs)]).toFixed(1)} KB gz (gzip level 9, node:zlib)`,
    ],
  }
}
