/**
 * The county tile map as data: grid cells from County.tile (no boundaries drawn, DESIGN.md Maps)
 * and a 0..5 colour step for the chosen measure (0 = nothing to show).
 */
import type { County, CountyCode, Overview } from '#contract'

export const TILE_MEASURES = ['visits', 'bottlenecksRaised', 'overdue'] as const
export type TileMeasure = (typeof TILE_MEASURES)[number]

export interface CountyTile {
  code: CountyCode
  column: number
  row: number
  value: number
  step: number
}

/** Grid positions (1-based) and colour steps for every county, in the counties' order. */
export function buildCountyTiles(
  counties: County[],
  byCounty: Overview['byCounty'],
  measure: TileMeasure,
): CountyTile[] {
  if (counties.length === 0) return []
  const minX = Math.min(...counties.map(c => c.tile.x))
  const minY = Math.min(...counties.map(c => c.tile.y))
  const values = new Map(byCounty.map(r => [r.county, r[measure]]))
  const max = Math.max(0, ...values.values())
  return counties.map(c => {
    const value = values.get(c.code) ?? 0
    return {
      code: c.code,
      column: c.tile.x - minX + 1,
      row: c.tile.y - minY + 1,
      value,
      step: value === 0 || max === 0 ? 0 : Math.max(1, Math.ceil((value / max) * 5)),
    }
  })
}
