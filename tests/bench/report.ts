/** Writes a dated section of results into docs/benchmarks.md, newest first under a marker. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import type { Machine } from './machine'
import { formatBudget, formatValue, verdict, type Section } from './metrics'
import { BENCHMARKS_DOC } from './paths'
import { markdownTable } from './table'

export const RESULTS_MARKER = '<!-- bench:results — `npm run bench` inserts each run below this line, newest first -->'

const INTRO = `# Benchmarks\n\n${RESULTS_MARKER}\n`

/** The one-line list of budgets a run missed, or a line saying none was. */
export function missedBudgets(sections: Section[]): string {
  const missed = sections.flatMap(s =>
    s.metrics
      .filter(m => verdict(m) === 'FAIL')
      .map(m => `${m.label} ${formatValue(m.value, m.unit)} (budget ${formatBudget(m)})`),
  )
  const unmeasured = sections.flatMap(s => s.metrics.filter(m => verdict(m) === '—').map(m => m.label))
  const lines = [missed.length ? `**Missed budgets:** ${missed.join('; ')}.` : '**Every measured budget met.**']
  if (unmeasured.length) lines.push(`**Not measured:** ${unmeasured.join('; ')}.`)
  return lines.join('  \n')
}

/** The Markdown for one run. */
export function runSection(machine: Machine, sections: Section[], headline: string[]): string {
  return [
    `### ${machine.date} — ${machine.arch}, ${machine.cpuModel}, ${machine.cores} cores, Node ${machine.node}`,
    '',
    ...headline.map(l => `${l}  `),
    missedBudgets(sections),
    '',
    ...sections.flatMap(s => [markdownTable(s), '']),
  ].join('\n')
}

/** Inserts `section` at the top of the results in docs/benchmarks.md (creating the file if needed). */
export function recordRun(section: string, file = BENCHMARKS_DOC): void {
  mkdirSync(dirname(file), { recursive: true })
  let doc = existsSync(file) ? readFileSync(file, 'utf8') : INTRO
  if (!doc.includes(RESULTS_MARKER)) doc = `${doc.trimEnd()}\n\n${RESULTS_MARKER}\n`
  const at = doc.indexOf(RESULTS_MARKER) + RESULTS_MARKER.length
  writeFileSync(file, `${doc.slice(0, at)}\n\n${section.trimEnd()}\n${doc.slice(at).replace(/^\n*/, '\n')}`)
}
