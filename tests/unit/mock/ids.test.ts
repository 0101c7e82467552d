// @vitest-environment node
/** New ids and codes in the mock follow on from the world, per kind and per year, as the server's do. */
import { describe, expect, it } from 'vitest'
import { generateWorld } from '../../../mock/generate'
import { idSourceFor } from '../../../mock/api/writes/ids'

const world = generateWorld({ seed: 3, anchorDate: '2026-06-30' })
const max = (ids: number[]) => Math.max(...ids)

describe('idSourceFor', () => {
  it('numbers each kind from the largest id in the world', () => {
    const ids = idSourceFor(world)
    expect(ids.next('visit')).toBe(max(world.visits.map(v => v.id)) + 1)
    expect(ids.next('visit')).toBe(max(world.visits.map(v => v.id)) + 2)
    expect(ids.next('event')).toBe(max(world.bottlenecks.flatMap(b => b.events.map(e => e.id))) + 1)
    expect(ids.next('outcome')).toBe(max(world.visits.flatMap(v => v.outcomes.map(o => o.id))) + 1)
  })

  it("numbers codes within their year, in the generated world's widths", () => {
    const ids = idSourceFor(world)
    const last2026 = max(world.visits.filter(v => v.code.startsWith('V2026-')).map(v => Number(v.code.slice(6))))
    expect(ids.code('visit', '2026-06-30')).toBe(`V2026-${String(last2026 + 1).padStart(5, '0')}`)
    expect(ids.code('visit', '2027-01-04')).toBe('V2027-00001')
    expect(ids.code('recommendation', '2027-01-04')).toBe('R2027-001')
    expect(ids.code('recommendation', '2027-01-05')).toBe('R2027-002')
  })

  it('starts afresh for each write, so a failed write uses nothing up', () => {
    idSourceFor(world).next('bottleneck')
    expect(idSourceFor(world).next('bottleneck')).toBe(max(world.bottlenecks.map(b => b.id)) + 1)
  })
})
