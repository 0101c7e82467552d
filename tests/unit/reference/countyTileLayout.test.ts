/**
 * The county tiles lie roughly as the counties do (issue 11 §6): the relations a reader of a map
 * of Yanbian expects, not exact grid cells, for the demo world and for a production start.
 */
import { describe, expect, it } from 'vitest'
import type { County, CountyCode } from '#contract'
import { COUNTIES } from '../../../mock/reference/counties'
import { programmeStructure } from '../../../server/db/programme'

type At = Record<CountyCode, { x: number; y: number }>
const positions = (counties: readonly County[]): At => Object.fromEntries(counties.map(c => [c.code, c.tile])) as At

const westOf = (p: At, a: CountyCode, b: CountyCode) => p[a].x < p[b].x
const northOf = (p: At, a: CountyCode, b: CountyCode) => p[a].y < p[b].y

function expectMapLikeLayout(p: At): void {
  const codes = Object.keys(p) as CountyCode[]
  // Dunhua is the westernmost and Hunchun the easternmost (nothing shares their column).
  expect(codes.filter(c => c !== 'dunhua' && c !== 'antu').every(c => westOf(p, 'dunhua', c))).toBe(true)
  expect(codes.filter(c => c !== 'hunchun').every(c => westOf(p, c, 'hunchun'))).toBe(true)
  // Wangqing is the northernmost, north of Yanji and Tumen.
  expect(codes.filter(c => c !== 'wangqing').every(c => northOf(p, 'wangqing', c))).toBe(true)
  // Helong and Longjing are south of Yanji, Helong the western of the two.
  expect(northOf(p, 'yanji', 'helong') && northOf(p, 'yanji', 'longjing')).toBe(true)
  expect(westOf(p, 'helong', 'longjing')).toBe(true)
  // Yanji is in the middle: something lies west, north, east and south of it.
  expect([
    westOf(p, 'dunhua', 'yanji'),
    northOf(p, 'wangqing', 'yanji'),
    westOf(p, 'yanji', 'tumen'),
    northOf(p, 'yanji', 'longjing'),
  ]).toEqual([true, true, true, true])
  // Tumen lies between Yanji and Hunchun, on Yanji's row.
  expect(westOf(p, 'yanji', 'tumen') && westOf(p, 'tumen', 'hunchun') && p.tumen.y === p.yanji.y).toBe(true)
  // Antu is south-west: south of Dunhua, west of Helong.
  expect(northOf(p, 'dunhua', 'antu') && westOf(p, 'antu', 'helong')).toBe(true)
  // Eight tiles, eight distinct cells.
  expect(new Set(codes.map(c => `${p[c].x},${p[c].y}`)).size).toBe(8)
}

describe('the county tiles lie as the counties do', () => {
  it('in the demo reference data', () => {
    expect(COUNTIES).toHaveLength(8)
    expectMapLikeLayout(positions(COUNTIES))
  })

  it('in the production programme a CHAIN_DEMO=0 start seeds', () => {
    expectMapLikeLayout(positions(programmeStructure('2026-06-30').counties))
  })

  it('fails on the old layout, which put Dunhua north-west and Helong beside Antu', () => {
    const old = positions(
      COUNTIES.map(c => ({
        ...c,
        tile: c.code === 'dunhua' ? { x: 0, y: 0 } : c.code === 'helong' ? { x: 0, y: 2 } : c.tile,
      })),
    )
    expect(() => expectMapLikeLayout(old)).toThrow()
  })
})
