/**
 * Issue 11: the SPA asks for /config.json at every start; without one every page load logged a 404.
 * The build writes a default one (and the dev server answers it) saying what the build defaults to.
 */
import { describe, expect, it } from 'vitest'
import { defaultRuntimeConfig } from '../../scripts/vite/runtimeConfig'

describe('the default config.json', () => {
  it('says live with a same-origin API for a live build, and mock for a mock build', () => {
    expect(JSON.parse(defaultRuntimeConfig(undefined))).toEqual({ apiMode: 'live', apiBaseUrl: '' })
    expect(JSON.parse(defaultRuntimeConfig('live'))).toEqual({ apiMode: 'live', apiBaseUrl: '' })
    expect(JSON.parse(defaultRuntimeConfig('mock'))).toEqual({ apiMode: 'mock', apiBaseUrl: '' })
  })
})
