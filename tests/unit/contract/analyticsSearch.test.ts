import { describe, expect, it } from 'vitest'
import { analyticsSearch } from '#contract'

describe('analytics query string', () => {
  it('writes the parameters that are set, and nothing for none', () => {
    expect(analyticsSearch({ from: '2026-01-01', to: '2026-06-30', chainId: 2, county: undefined })).toBe(
      '?from=2026-01-01&to=2026-06-30&chainId=2',
    )
    expect(analyticsSearch({})).toBe('')
  })
})
