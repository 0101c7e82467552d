/**
 * The first KPI number (issue 12 §3): the time from navigation to the Overview's
 * `performance.mark('kpi-visible')` (src/components/overview/kpiVisible.ts), signed in as the demo
 * leader, on the production server serving the benchmark build, fresh browser context each run
 * (a cold cache, as a page opened from a link). Measured unthrottled and under DevTools
 * throttling (4× CPU, 150 ms round trip, 1.6 Mbps down), with the API requests sent before the
 * number appeared and the JS the browser fetched before its first paint, counted in the same
 * unit as the bundle part (gzip level 9 of the built file) so the two counts can be compared.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { chromium, type Browser } from 'playwright-core'
import { CHROMIUM_ARGS, chromePath } from '../../scripts/lib/browser'
import { signIn } from '../support/httpSession'
import type { Metric, Section } from './metrics'
import { median } from './percentiles'
import { BENCH_DIST } from './paths'
import { startServer } from './server'

/** DevTools' throttling, the issue's phone profile. */
const THROTTLED = {
  cpuRate: 4,
  latencyMs: 150,
  downloadBytesPerS: (1.6 * 1024 * 1024) / 8,
  uploadBytesPerS: (750 * 1024) / 8,
}

interface Run {
  kpiMs: number
  fcpMs: number
  /** API requests the page sent before the KPI number appeared. */
  apiBefore: string[]
  /** JS files (path under the build) requested before first contentful paint. */
  jsBeforePaint: string[]
}

/** Read in the page: the mark, first contentful paint, the API requests before the mark and the JS before paint. */
const PAGE_TIMINGS = `(() => {
  const kpiMs = performance.getEntriesByName('kpi-visible', 'mark')[0].startTime
  const fcp = performance.getEntriesByName('first-contentful-paint')[0]
  const fcpMs = fcp ? fcp.startTime : NaN
  const resources = performance.getEntriesByType('resource')
  const path = r => { const u = new URL(r.name); return u.pathname + u.search }
  return {
    kpiMs,
    fcpMs,
    apiBefore: resources.filter(r => r.startTime < kpiMs && path(r).startsWith('/api/')).map(path),
    jsBeforePaint: resources
      .filter(r => r.startTime < fcpMs && new URL(r.name).pathname.endsWith('.js'))
      .map(r => new URL(r.name).pathname.replace(/^\\//, '')),
  }
})()`

async function runOnce(browser: Browser, url: string, cookie: string, throttled: boolean): Promise<Run> {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1 })
  try {
    const { origin } = new URL(url)
    const eq = cookie.indexOf('=')
    await context.addCookies([{ name: cookie.slice(0, eq), value: cookie.slice(eq + 1), url: origin }])
    const page = await context.newPage()
    if (throttled) {
      const cdp = await context.newCDPSession(page)
      await cdp.send('Network.enable')
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: THROTTLED.latencyMs,
        downloadThroughput: THROTTLED.downloadBytesPerS,
        uploadThroughput: THROTTLED.uploadBytesPerS,
      })
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLED.cpuRate })
    }
    await page.goto(url, { waitUntil: 'commit' })
    await page.waitForFunction(() => performance.getEntriesByName('kpi-visible', 'mark').length > 0, null, {
      timeout: 60_000,
    })
    // A string, not a function: tsx would wrap a function's inner helpers in its __name(), which the page lacks.
    return (await page.evaluate(PAGE_TIMINGS)) as Run
  } finally {
    await context.close()
  }
}

function gzipKb(staticDir: string, file: string): number {
  return gzipSync(readFileSync(join(staticDir, file)), { level: 9 }).length / 1024
}

/** Measures `runs` cold loads of the Overview, unthrottled and throttled, and reports the medians. */
export async function measureFirstKpi(
  staticDir = BENCH_DIST,
  runs = Number(process.env.BENCH_KPI_RUNS ?? 5),
): Promise<Section> {
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-kpi-'))
  const server = await startServer({ env: { DATA_DIR: dataDir, CHAIN_DEMO: '1', STATIC_DIR: staticDir } })
  const browser = await chromium.launch({ executablePath: chromePath(), args: CHROMIUM_ARGS })
  try {
    const { cookie } = await signIn(server.url, 'leader')
    const url = `${server.url}/`
    // One load first, so the server's caches are as a working day finds them.
    await runOnce(browser, url, cookie, false)
    const plain: Run[] = []
    const slow: Run[] = []
    for (let i = 0; i < runs; i++) plain.push(await runOnce(browser, url, cookie, false))
    for (let i = 0; i < Math.max(1, Math.ceil(runs / 2)); i++) slow.push(await runOnce(browser, url, cookie, true))
    const ms = (rs: Run[], pick: (r: Run) => number) => rs.map(pick)
    const list = (values: number[]) => values.map(v => Math.round(v)).join(', ')
    const jsFiles = [...new Set(plain.flatMap(r => r.jsBeforePaint))]
    const jsKb = jsFiles.reduce((total, f) => total + gzipKb(staticDir, f), 0)
    const apiCounts = plain.map(r => r.apiBefore.length)
    const metrics: Metric[] = [
      {
        label: 'First KPI number, unthrottled',
        value: median(ms(plain, r => r.kpiMs)),
        unit: 'ms',
        budget: { max: 250 },
        note: `median of ${plain.length} cold loads: ${list(ms(plain, r => r.kpiMs))}`,
      },
      {
        label: 'First KPI number, throttled',
        value: median(ms(slow, r => r.kpiMs)),
        unit: 'ms',
        budget: { max: 1200 },
        note: `4× CPU, 150 ms RTT, 1.6 Mbps; median of ${slow.length}: ${list(ms(slow, r => r.kpiMs))}`,
      },
      {
        label: 'First paint, unthrottled',
        value: median(ms(plain, r => r.fcpMs)),
        unit: 'ms',
        note: `information; runs: ${list(ms(plain, r => r.fcpMs))}`,
      },
      {
        label: 'API requests before the KPI number',
        value: Math.max(...apiCounts),
        unit: 'count',
        budget: { max: 0 },
        note: apiCounts.some(n => n > 0)
          ? `sent: ${[...new Set(plain.flatMap(r => r.apiBefore))].join(', ')}`
          : 'the page carried what it needed',
      },
      {
        label: 'JS before first paint (browser)',
        value: jsKb,
        unit: 'KB gz',
        budget: { max: 120 },
        note: `${jsFiles.length} file(s) the browser requested before first contentful paint, gzip -9 of each built file (the bundle part counts what index.html references, in the same unit)`,
      },
    ]
    return {
      title: 'First KPI number (Overview, signed in)',
      metrics,
      notes: [
        'production server on the demo world, 412×823, each load in a fresh browser context (cold HTTP cache), as the demo leader; time from navigation start to performance.mark("kpi-visible")',
      ],
    }
  } finally {
    await browser.close()
    await server.stop()
    rmSync(dataDir, { recursive: true, force: true })
  }
}
