/** Renders sections of metrics as a console table and as a Markdown table. */
import { formatBudget, formatValue, verdict, type Section } from './metrics'

const HEADER = ['Measure', 'Value', 'Budget', 'Result', 'Note'] as const

function rowsOf(section: Section): string[][] {
  return section.metrics.map(m => [m.label, formatValue(m.value, m.unit), formatBudget(m), verdict(m), m.note ?? ''])
}

/** A fixed-width text table for the terminal. */
export function textTable(section: Section): string {
  const rows = [[...HEADER], ...rowsOf(section)]
  const widths = HEADER.map((_, col) => Math.max(...rows.map(r => [...r[col]!].length)))
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c + ' '.repeat(widths[i]! - [...c].length))
      .join('  ')
      .trimEnd()
  const rule = widths.map(w => '-'.repeat(w)).join('  ')
  return [
    `== ${section.title}`,
    line(rows[0]!),
    rule,
    ...rows.slice(1).map(line),
    ...section.notes.map(n => `   ${n}`),
  ].join('\n')
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ')
}

/** A Markdown table with the section's notes as a list under it. */
export function markdownTable(section: Section): string {
  const rows = rowsOf(section).map(r => `| ${r.map(escapeCell).join(' | ')} |`)
  const notes = section.notes.map(n => `- ${escapeCell(n)}`)
  return [
    `#### ${section.title}`,
    '',
    `| ${HEADER.join(' | ')} |`,
    `|${HEADER.map(() => '---').join('|')}|`,
    ...rows,
    ...(notes.length ? ['', ...notes] : []),
  ].join('\n')
}
