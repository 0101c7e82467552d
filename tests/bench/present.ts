/**
 * Presentation mode (issue 4, §4): how long a slide change takes in real Chromium, and whether the
 * JS heap stays flat across 500 slide changes (no ECharts instances or listeners left behind).
 * The production server serves the benchmark build with the demo world; the leader plays a
 * five-slide playlist (every kind) with intervals long enough that only the keys change slides.
 *
 * Slide change: from the key press (the player's `present:change-start` mark, at the key event's
 * time) to the first frame painted after the new slide is shown (`present:slide-shown`), read from
 * the player's `present:slide-change` measure through a PerformanceObserver. Keys are pressed at
 * a presenter's pace (the player pre-renders the neighbouring slides between presses) and, for
 * information, back to back. Heap: CDP
 * HeapProfiler.collectGarbage then Runtime.getHeapUsage, after a warm-up of 100 changes and after
 * 500 more (a heap snapshot diff showed the growth before that is V8's optimised code, not objects); the DOM counters (nodes, JS event listeners) are compared the same way.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type CDPSession, type Page } from 'playwright-core'
import type { PlaylistBodyInput } from '#contract'
import { CHROMIUM_ARGS, chromePath } from '../../scripts/lib/browser'
import { signIn } from '../support/httpSession'
import type { Metric, Section } from './metrics'
import { median, percentile } from './percentiles'
import { BENCH_DIST } from './paths'
import { startServer } from './server'

const PLAYLIST: PlaylistBodyInput = {
  name: 'bench',
  slides: [
    { kind: 'overview', intervalSec: 3600 },
    { kind: 'chain', filter: { chainId: 1 }, intervalSec: 3600 },
    { kind: 'board', intervalSec: 3600 },
    { kind: 'pipeline', intervalSec: 3600 },
    { kind: 'map', intervalSec: 3600 },
  ],
}
const TIMED_CHANGES = 50
const LEAK_CHANGES = 500
/** Changes before the baseline heap, so V8's compiled code for the hot paths is already there. */
const WARM_UP_CHANGES = 100
/** A presenter's pace between presses (a clicker is pressed seconds apart); the player pre-renders the next slide in it. */
const PRESENTER_PAUSE_MS = 250

declare global {
  interface Window {
    __slideChanges?: number[]
  }
}

/** Presses → and resolves once the player has measured the change; answers its duration in ms. */
async function changeSlide(page: Page, pauseMs = 0): Promise<number> {
  if (pauseMs) await page.waitForTimeout(pauseMs)
  const seen = await page.evaluate(() => window.__slideChanges!.length)
  await page.keyboard.press('ArrowRight')
  await page.waitForFunction(n => window.__slideChanges!.length > n, seen, { timeout: 10_000, polling: 'raf' })
  return page.evaluate(() => window.__slideChanges!.at(-1)!)
}

interface SnapshotBytes {
  /** JavaScript objects, closures, arrays, strings…: what a leaking component or listener would keep. */
  js: number
  /** The browser's own objects (DOM, style engine), reported for information. */
  native: number
}

interface MemorySample extends SnapshotBytes {
  heapBytes: number
  nodes: number
  listeners: number
}

/**
 * Sums a heap snapshot's self sizes by kind, leaving out V8's compiled code (type 'code'), which
 * grows while hot functions get optimised and would hide or fake a leak.
 */
async function snapshotBytes(cdp: CDPSession): Promise<SnapshotBytes> {
  let json = ''
  const onChunk = (event: { chunk: string }) => {
    json += event.chunk
  }
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk)
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false })
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk)
  const snapshot = JSON.parse(json) as {
    snapshot: { meta: { node_fields: string[]; node_types: [string[]] } }
    nodes: number[]
  }
  const fields = snapshot.snapshot.meta.node_fields
  const typeAt = fields.indexOf('type')
  const sizeAt = fields.indexOf('self_size')
  const types = snapshot.snapshot.meta.node_types[0]
  const code = types.indexOf('code')
  const native = types.indexOf('native')
  const bytes: SnapshotBytes = { js: 0, native: 0 }
  for (let i = 0; i < snapshot.nodes.length; i += fields.length) {
    const type = snapshot.nodes[i + typeAt]
    if (type === native) bytes.native += snapshot.nodes[i + sizeAt]!
    else if (type !== code) bytes.js += snapshot.nodes[i + sizeAt]!
  }
  return bytes
}

async function sampleMemory(cdp: CDPSession): Promise<MemorySample> {
  await cdp.send('HeapProfiler.collectGarbage')
  await cdp.send('HeapProfiler.collectGarbage')
  const heap = await cdp.send('Runtime.getHeapUsage')
  const dom = await cdp.send('Memory.getDOMCounters')
  return { heapBytes: heap.usedSize, ...(await snapshotBytes(cdp)), nodes: dom.nodes, listeners: dom.jsEventListeners }
}

/** Measures slide changes and heap growth; `staticDir` is the build to serve (the bench build by default). */
export async function measurePresent(staticDir = BENCH_DIST): Promise<Section> {
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-present-'))
  const server = await startServer({ env: { DATA_DIR: dataDir, CHAIN_DEMO: '1', STATIC_DIR: staticDir } })
  // playwright-core gives the browser a fresh temporary profile of its own.
  const browser = await chromium.launch({ executablePath: chromePath(), args: CHROMIUM_ARGS, headless: true })
  try {
    const session = await signIn(server.url, 'leader')
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: 'zh-CN' })
    await context.addCookies([
      { name: session.name, value: session.value, url: server.url, httpOnly: true, sameSite: 'Lax' },
    ])
    const page = await context.newPage()
    await page.addInitScript(() => {
      window.__slideChanges = []
      new PerformanceObserver(list => {
        for (const entry of list.getEntries())
          if (entry.name === 'present:slide-change') window.__slideChanges!.push(entry.duration)
      }).observe({ type: 'measure' })
    })
    const p = Buffer.from(JSON.stringify(PLAYLIST)).toString('base64url')
    await page.goto(`${server.url}/present/play?p=${p}`)
    await page.locator('[data-testid="present-slide"][data-ready="true"]').waitFor({ timeout: 60_000 })
    // Warm up: every slide kind mounted many times, its chunks, fonts and compiled code in place.
    for (let i = 0; i < WARM_UP_CHANGES; i++) await changeSlide(page)

    const timings: number[] = []
    for (let i = 0; i < TIMED_CHANGES; i++) timings.push(await changeSlide(page, PRESENTER_PAUSE_MS))
    // Presses back to back: the next slide may still be mounting when the key arrives.
    const rushed: number[] = []
    for (let i = 0; i < TIMED_CHANGES; i++) rushed.push(await changeSlide(page))

    const cdp = await context.newCDPSession(page)
    const before = await sampleMemory(cdp)
    for (let i = 0; i < LEAK_CHANGES; i++) await changeSlide(page)
    const after = await sampleMemory(cdp)
    const kb = (key: 'heapBytes' | 'js' | 'native') => (after[key] - before[key]) / 1024

    const metrics: Metric[] = [
      {
        label: 'Slide change, median',
        value: median(timings),
        unit: 'ms',
        budget: { max: 100 },
        note: `${TIMED_CHANGES} changes by key (→) ${PRESENTER_PAUSE_MS} ms apart, 1920×1080`,
      },
      { label: 'Slide change, p95', value: percentile(timings, 95), unit: 'ms', budget: { max: 100 } },
      {
        label: 'Slide change back to back, median',
        value: median(rushed),
        unit: 'ms',
        note: 'information only: keys pressed as soon as the last slide showed',
      },
      { label: 'Slide change back to back, p95', value: percentile(rushed, 95), unit: 'ms', note: 'information only' },
      {
        label: `JS objects growth over ${LEAK_CHANGES} changes`,
        value: kb('js'),
        unit: 'KB',
        budget: { max: 100 },
        note: `heap snapshots after GC, compiled code left out: ${(before.js / 1048576).toFixed(2)} MB → ${(after.js / 1048576).toFixed(2)} MB`,
      },
      {
        label: `JS heap growth over ${LEAK_CHANGES} changes`,
        value: kb('heapBytes'),
        unit: 'KB',
        note: `information only, includes optimised code: ${(before.heapBytes / 1048576).toFixed(1)} MB → ${(after.heapBytes / 1048576).toFixed(1)} MB (Runtime.getHeapUsage)`,
      },
      {
        label: `Browser objects growth over ${LEAK_CHANGES} changes`,
        value: kb('native'),
        unit: 'KB',
        note: 'information only: DOM and style engine (heap snapshot "native" nodes)',
      },
      {
        label: `DOM nodes growth over ${LEAK_CHANGES} changes`,
        value: after.nodes - before.nodes,
        unit: 'count',
        note: `${before.nodes} → ${after.nodes}`,
      },
      {
        label: `JS event listeners growth over ${LEAK_CHANGES} changes`,
        value: after.listeners - before.listeners,
        unit: 'count',
        budget: { max: 0 },
        note: `${before.listeners} → ${after.listeners}`,
      },
    ]
    return {
      title: 'Presentation mode',
      metrics,
      notes: [
        'Real Chromium (headless), production build, demo world; a 5-slide playlist (overview, chain, board, pipeline, map) at /present/play',
        'slide change = key press → first frame painted with the new slide (player performance marks); heap after CDP HeapProfiler.collectGarbage',
      ],
    }
  } finally {
    await browser.close()
    await server.stop()
    rmSync(dataDir, { recursive: true, force: true })
  }
}
