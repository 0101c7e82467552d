import { describe, expect, it } from 'vitest'
import { readRuntimeConfig, talksToItsServer } from '#contract'

const LIVE = { apiMode: 'live', apiBaseUrl: '' } as const

describe('the runtime config file', () => {
  it('takes what it says validly and keeps the fallback for the rest', () => {
    expect(readRuntimeConfig({ apiMode: 'mock' }, LIVE)).toEqual({ apiMode: 'mock', apiBaseUrl: '' })
    expect(readRuntimeConfig({ apiMode: 'other', apiBaseUrl: 'https://api.example' }, LIVE)).toEqual({
      apiMode: 'live',
      apiBaseUrl: 'https://api.example',
    })
    expect(readRuntimeConfig('not an object', LIVE)).toEqual(LIVE)
  })

  it('talks to the server that served it only when live on the same origin', () => {
    expect(talksToItsServer(LIVE)).toBe(true)
    expect(talksToItsServer({ apiMode: 'mock', apiBaseUrl: '' })).toBe(false)
    expect(talksToItsServer({ apiMode: 'live', apiBaseUrl: 'https://api.example' })).toBe(false)
  })
})
