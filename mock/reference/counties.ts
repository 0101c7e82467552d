import type { County, CountyCode } from '#contract'

/**
 * The eight county-level divisions of Yanbian (DOMAIN.md), with tile positions on a 4×3 grid laid
 * out roughly as the counties lie (issue 11), so a reader finds a county where the map has it:
 *
 *   .        .         Wangqing  .
 *   Dunhua   Yanji     Tumen     Hunchun
 *   Antu     Helong    Longjing  .
 *
 * Dunhua west and Antu south-west, Wangqing north, Yanji in the middle with Tumen then Hunchun to
 * its east, Helong and Longjing to its south. tests/unit/countyTileLayout.test.ts pins these
 * relations (not the coordinates), for the demo world and the production programme alike.
 */
export const COUNTIES: readonly County[] = [
  { code: 'yanji', name: { zh: '延吉市', ko: '연길시', en: 'Yanji' }, kind: 'city', tile: { x: 1, y: 1 } },
  { code: 'tumen', name: { zh: '图们市', ko: '도문시', en: 'Tumen' }, kind: 'city', tile: { x: 2, y: 1 } },
  { code: 'dunhua', name: { zh: '敦化市', ko: '돈화시', en: 'Dunhua' }, kind: 'city', tile: { x: 0, y: 1 } },
  { code: 'hunchun', name: { zh: '珲春市', ko: '훈춘시', en: 'Hunchun' }, kind: 'city', tile: { x: 3, y: 1 } },
  { code: 'longjing', name: { zh: '龙井市', ko: '룡정시', en: 'Longjing' }, kind: 'city', tile: { x: 2, y: 2 } },
  { code: 'helong', name: { zh: '和龙市', ko: '화룡시', en: 'Helong' }, kind: 'city', tile: { x: 1, y: 2 } },
  { code: 'wangqing', name: { zh: '汪清县', ko: '왕청현', en: 'Wangqing' }, kind: 'county', tile: { x: 2, y: 0 } },
  { code: 'antu', name: { zh: '安图县', ko: '안도현', en: 'Antu' }, kind: 'county', tile: { x: 0, y: 2 } },
]

/** Administrative division codes (GB/T 2260) used in the region part of credit codes. */
export const COUNTY_DIVISION_CODES: Record<CountyCode, string> = {
  yanji: '222401',
  tumen: '222402',
  dunhua: '222403',
  hunchun: '222404',
  longjing: '222405',
  helong: '222406',
  wangqing: '222424',
  antu: '222426',
}

/** Short place names used to build enterprise names (e.g. 延吉 / 연길 / Yanji). */
export const COUNTY_SHORT_NAMES: Record<CountyCode, { zh: string; ko: string; en: string }> = {
  yanji: { zh: '延吉', ko: '연길', en: 'Yanji' },
  tumen: { zh: '图们', ko: '도문', en: 'Tumen' },
  dunhua: { zh: '敦化', ko: '돈화', en: 'Dunhua' },
  hunchun: { zh: '珲春', ko: '훈춘', en: 'Hunchun' },
  longjing: { zh: '龙井', ko: '룡정', en: 'Longjing' },
  helong: { zh: '和龙', ko: '화룡', en: 'Helong' },
  wangqing: { zh: '汪清', ko: '왕청', en: 'Wangqing' },
  antu: { zh: '安图', ko: '안도', en: 'Antu' },
}
