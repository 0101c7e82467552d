/**
 * `npm run bench`: measures DESIGN.md's budgets — the Overview's bundle, Lighthouse on the Overview,
 * the presentation player, the API, the year in review and the frozen-presentation snapshots on
 * the benchmark world — prints a table per part and records the run in docs/benchmarks.md. `--only bundle,kpi,lighthouse,present,api,review,snapshots` runs a subset; BENCH_SMALL=1 uses the 1/10 world.
 */
import { execFileSync } from 'node:child_process'
import { rmSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { measureApi } from './api'
import { buildForBench, measureBundle } from './bundle'
import { measureFirstKpi } from './firstKpi'
import { measureLighthouse } from './lighthouse'
import { measurePresent } from './present'
import { measureReview } from './review'
import { measureSnapshots } from './snapshots'
import { describeMachine } from './machine'
import { missing, type Section } from './metrics'
import { BENCH_DIST, BENCHMARKS_DOC } from './paths'
import { stopAll } from './processes'
import { recordRun, runSection } from './report'
import { textTable } from './table'

const PARTS = ['bundle', 'kpi', 'lighthouse', 'present', 'api', 'review', 'snapshots'] as const
type Part = (typeof PARTS)[number]

function selectedParts(only: string | undefined): Part[] {
  if (!only) return [...PARTS]
  const wanted = only
    .split(',')
    .map(s => s.trim())
    .filter(Boolean)
  const unknown = wanted.filter(p => !(PARTS as readonly string[]).includes(p))
  if (unknown.length) throw new Error(`unknown part(s) ${unknown.join(', ')}; choose from ${PARTS.join(', ')}`)
  return wanted as Part[]
}

/** The commit measured, e.g. "55ee78b + uncommitted changes" (read-only git commands). */
function codeVersion(): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim()
    const dirty = execFileSync('git', ['status', '--porcelain'], { encoding: 'utf8' }).trim() !== ''
    return dirty ? `${head} + uncommitted changes` : head
  } catch {
    return 'unknown (no git)'
  }
}

/** Runs one part; a part that throws becomes a section saying why, so the others still report. */
async function runPart(title: string, measure: () => Promise<Section> | Section): Promise<Section> {
  const started = Date.now()
  console.log(`\n… ${title}`)
  try {
    const section = await measure()
    console.log(`${textTable(section)}\n   (${((Date.now() - started) / 1000).toFixed(0)} s)`)
    return section
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    console.error(`${title} failed: ${message}`)
    return { title, metrics: [missing(title, 'score', message.split('\n')[0]!.slice(0, 300))], notes: [] }
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { only: { type: 'string' }, 'no-record': { type: 'boolean', default: false } },
  })
  const parts = selectedParts(values.only)
  const small = process.env.BENCH_SMALL === '1'
  const machine = describeMachine()
  console.log(
    `Benchmark on ${machine.arch}, ${machine.cpuModel}, ${machine.cores} cores, Node ${machine.node}: ${parts.join(', ')}${small ? ' (BENCH_SMALL)' : ''}`,
  )

  const sections: Section[] = []
  // The first-KPI, Lighthouse and presentation parts serve the build the bundle part made, so the build runs for either part.
  if (['bundle', 'kpi', 'lighthouse', 'present'].some(p => parts.includes(p as Part))) {
    const started = Date.now()
    console.log('\n… vite build --manifest into .bench/dist')
    try {
      buildForBench()
      console.log(`   built in ${((Date.now() - started) / 1000).toFixed(0)} s`)
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      // A failed build leaves the previous one in place: remove it so nothing measures stale files.
      rmSync(BENCH_DIST, { recursive: true, force: true })
      sections.push({ title: 'Build', metrics: [missing('vite build', 'score', message)], notes: [] })
    }
  }
  if (parts.includes('bundle')) sections.push(await runPart('Bundle (Overview, cold load)', () => measureBundle()))
  if (parts.includes('kpi')) sections.push(await runPart('First KPI number', () => measureFirstKpi()))
  if (parts.includes('lighthouse')) sections.push(await runPart('Lighthouse (mobile)', () => measureLighthouse()))
  if (parts.includes('present')) sections.push(await runPart('Presentation mode', () => measurePresent()))
  if (parts.includes('api')) sections.push(await runPart('API', () => measureApi(small)))
  if (parts.includes('review')) sections.push(await runPart('Year in review', () => measureReview(small)))
  if (parts.includes('snapshots')) sections.push(await runPart('Frozen presentations', () => measureSnapshots(small)))

  const headline = [
    `Code: ${codeVersion()}. Parts: ${parts.join(', ')}${small ? '; API on the BENCH_SMALL world (1/10 scale)' : ''}.`,
  ]
  if (!values['no-record']) {
    recordRun(runSection(machine, sections, headline))
    console.log(`\nRecorded in ${BENCHMARKS_DOC}`)
  }
}

// Servers, Chromium and the seeder run in their own process groups, out of reach of the terminal's
// Ctrl-C: stop them before leaving.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.error(`\n${signal}: stopping the processes the benchmark started…`)
    void stopAll().finally(() => process.exit(130))
  })
}

main().catch(async (error: unknown) => {
  console.error(error)
  await stopAll()
  process.exitCode = 1
})
