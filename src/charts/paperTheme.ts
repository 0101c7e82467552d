/**
 * The stage's colours translated for paper (the PDF handout, issue 11 §5): dark type on white, so a
 * printed handout does not spend a projector's dark background on toner. The stage option
 * builders name stage colours; onPaper() swaps each for its paper twin, so one builder serves the
 * projector and the page. Paper colours keep 4.5:1 for text and 3:1 for marks against white.
 */
import { STAGE_GRID_LINE, STAGE_PALETTE, STAGE_TEXT, STAGE_TEXT_MUTED, STAGE_THEME } from './stageTheme'

export const PAPER_THEME_NAME = 'cockpit-paper'
export const PAPER_BACKGROUND = '#ffffff'
export const PAPER_TEXT = '#0f172a'
export const PAPER_TEXT_MUTED = '#334155'
export const PAPER_GRID_LINE = '#cbd5e1'
/** The stage palette's twins, in the same order: blue, amber, green, violet, rose, teal. */
export const PAPER_PALETTE = ['#1d4ed8', '#b45309', '#15803d', '#6d28d9', '#be123c', '#0f766e']

const PAIRS: readonly (readonly [string, string])[] = [
  [STAGE_TEXT, PAPER_TEXT],
  [STAGE_TEXT_MUTED, PAPER_TEXT_MUTED],
  [STAGE_GRID_LINE, PAPER_GRID_LINE],
  // The stage's axis line.
  ['#64748b', '#475569'],
  ...STAGE_PALETTE.map((c, i) => [c, PAPER_PALETTE[i]!] as const),
]
const TWINS = new Map<string, string>(PAIRS.map(([from, to]) => [from.toLowerCase(), to]))

/** `value` with every stage colour swapped for its paper twin; functions and other values kept. */
export function onPaper<T>(value: T): T {
  if (typeof value === 'string') return (TWINS.get(value.toLowerCase()) ?? value) as T
  if (Array.isArray(value)) return value.map(onPaper) as T
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, onPaper(v)])) as T
  }
  return value
}

export const PAPER_THEME = onPaper(STAGE_THEME)
