// @vitest-environment node
/**
 * The year in review on both implementations over the same demo world: same status and body for
 * every chain selection, errors included, and totals that are the Overview's.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { apiErrorBody, overview as overviewSchema, yearReview as yearReviewSchema } from '#contract'
import { generateWorld } from '../../mock/generate'
import { liveTarget, mockTarget, type ApiClient, type ApiTarget } from './targets'
import { CONTRACT_CLOCK } from './clock'

let targets: ApiTarget[]
let readers: ApiClient[]

beforeAll(async () => {
  const world = () => generateWorld({ seed: 7, anchorDate: CONTRACT_CLOCK.today })
  targets = [mockTarget(world(), CONTRACT_CLOCK), await liveTarget(world(), CONTRACT_CLOCK)]
  readers = await Promise.all(targets.map(t => t.as('viewer')))
})
afterAll(async () => {
  await Promise.all(targets.map(t => t.close()))
})

/** Sends one request to both targets and requires the same answer; returns the mock's. */
async function both(path: string) {
  const [mock, live] = await Promise.all(readers.map(r => r.get(path)))
  expect(live!.status, `${path}: live status vs mock`).toBe(mock!.status)
  expect(live!.body, `${path}: live body vs mock`).toEqual(mock!.body)
  return mock!
}

describe('GET /api/reports/year-review', () => {
  it.each([
    'year=2026',
    'year=2025',
    'year=2026&chainId=1',
    'year=2026&chainId=1&chainId=2',
    'year=2025&chainId=3,5,7',
    'year=2026&chainId=2,4&chainId=6',
    'year=2026&chainId=1,2,3,4,5,6,7',
    'year=2030',
  ])('%s answers alike and validates', async query => {
    const res = await both(`/api/reports/year-review?${query}`)
    expect(res.status).toBe(200)
    yearReviewSchema.parse(res.body)
  })

  it('the repeated and the comma-listed selection are the same report', async () => {
    const repeated = await both('/api/reports/year-review?year=2026&chainId=2&chainId=1')
    const listed = await both('/api/reports/year-review?year=2026&chainId=1,2')
    expect(repeated.body).toEqual(listed.body)
  })

  it("the totals of a single chain are the Overview's for the year", async () => {
    const review = yearReviewSchema.parse((await both('/api/reports/year-review?year=2025&chainId=4')).body)
    const overview = overviewSchema.parse((await both('/api/overview?from=2025-01-01&to=2025-12-31&chainId=4')).body)
    expect(review.total).toEqual(overview.total)
  })

  it.each(['', 'year=1999', 'year=abc', 'year=2026&chainId=0', 'year=2026&chainId=42', 'year=2026&bogus=1'])(
    '%s is rejected alike',
    async query => {
      const res = await both(`/api/reports/year-review?${query}`)
      expect(res.status).toBe(400)
      expect(apiErrorBody.parse(res.body).error.code).toBe('validation_failed')
    },
  )
})
