/**
 * How much of a table fits its box on a deck slide. The deck keeps one slide per playlist entry,
 * so a long table cannot spill onto a second slide: the font shrinks first (down to a size still
 * readable when projected), and when rows still do not fit, the last visible row says how many
 * are left out, so no row is dropped without the reader knowing. Pure: heights are estimated from
 * the text, so the layout can be tested without PowerPoint.
 */

/** Table font sizes in points: the largest is tried first, the smallest is the readable floor. */
export const TABLE_FONT = { max: 14, min: 10 } as const
/** Inner margin of every cell, in inches (all four sides). */
export const TABLE_CELL_MARGIN = 0.04
/**
 * One line's height as a multiple of the font size: CJK faces such as Microsoft YaHei set lines
 * about 1.3 em apart, a little more is left so a row is never drawn shorter than its text.
 */
const LINE_HEIGHT_EM = 1.4

export interface DeckTable {
  head: string[]
  rows: string[][]
}

/** What to draw: the font, the rows shown and their heights, and how many rows were left out. */
export interface TableFit {
  fontSize: number
  /** Body rows shown, in order, a prefix of the table's rows. */
  rows: string[][]
  /** Rows left out (0 when all fit); when above 0, a note row follows the shown rows. */
  hidden: number
  /** Row heights in inches: header, shown rows, then the note row when there is one. */
  rowHeights: number[]
}

/**
 * Width of a text in em. Han, kana, Hangul and full-width forms take a whole em; other characters
 * are counted at 0.6 em, a little over the average Latin width so the estimate errs on the safe side.
 */
export function textWidthEm(text: string): number {
  let em = 0
  for (const ch of text)
    em += /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u.test(ch)
      ? 1
      : 0.6
  return em
}

/** Height in inches of a row whose cells wrap in columns `colW` inches wide at `fontSize` points. */
export function rowHeight(cells: string[], colW: number, fontSize: number): number {
  const inner = Math.max(0.1, colW - 2 * TABLE_CELL_MARGIN) * 72
  const lines = Math.max(
    1,
    ...cells.map(c =>
      c.split('\n').reduce((n, part) => n + Math.max(1, Math.ceil((textWidthEm(part) * fontSize) / inner)), 0),
    ),
  )
  return (lines * fontSize * LINE_HEIGHT_EM) / 72 + 2 * TABLE_CELL_MARGIN
}

/** The rows that fit `height` inches, tallest font first; only at the floor are rows left out. */
function fitAt(table: DeckTable, width: number, height: number, fontSize: number): TableFit | null {
  const colW = width / Math.max(1, table.head.length)
  const headH = rowHeight(table.head, colW, fontSize)
  const heights = table.rows.map(r => rowHeight(r, colW, fontSize))
  const total = headH + heights.reduce((a, b) => a + b, 0)
  if (total <= height || table.rows.length === 0)
    return { fontSize, rows: table.rows, hidden: 0, rowHeights: [headH, ...heights] }
  if (fontSize > TABLE_FONT.min) return null
  // At the floor: keep the longest prefix that leaves room for the one-line note row.
  const noteH = rowHeight([''], width, fontSize)
  let used = headH + noteH
  let shown = 0
  while (shown < heights.length && used + heights[shown]! <= height) used += heights[shown++]!
  return {
    fontSize,
    rows: table.rows.slice(0, shown),
    hidden: table.rows.length - shown,
    rowHeights: [headH, ...heights.slice(0, shown), noteH],
  }
}

/**
 * Lays a table out in a box `width`×`height` inches: the largest font from TABLE_FONT.max down to
 * TABLE_FONT.min at which every row fits; if none does, as many rows as fit at the floor, plus
 * room for a note row saying how many were left out.
 */
export function fitTable(table: DeckTable, width: number, height: number): TableFit {
  for (let size: number = TABLE_FONT.max; size > TABLE_FONT.min; size--) {
    const fit = fitAt(table, width, height, size)
    if (fit) return fit
  }
  return fitAt(table, width, height, TABLE_FONT.min)!
}
