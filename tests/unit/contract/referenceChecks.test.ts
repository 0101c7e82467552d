/** The reference and scope checks both sides call: one rule and one wording for a missing chain or department. */
import { describe, expect, it } from 'vitest'
import {
  displayLinkUser,
  leadDepartmentIssues,
  mayChangePlaylist,
  playlistChainIssues,
  scopeReferenceIssues,
  slideChainIds,
  unknownChainIssues,
  type PlaylistBody,
  type ScopeFacts,
} from '#contract'

describe("a user's scope", () => {
  const facts = (departmentExists: boolean): ScopeFacts => ({
    chains: { known: new Set([1, 2]), retired: new Set([2]) },
    departmentExists,
  })

  it('names chains that exist and are in use, and a department that exists', () => {
    expect(scopeReferenceIssues({ chainIds: [1], departmentId: null }, facts(false))).toEqual({})
    expect(scopeReferenceIssues({ chainIds: [], departmentId: 4 }, facts(true))).toEqual({})
  })

  it('names each unknown or newly retired chain and an unknown department', () => {
    expect(scopeReferenceIssues({ chainIds: [2, 9], departmentId: 4 }, facts(false))).toEqual({
      'chainIds.0': 'chain 2 is retired: it takes no new members',
      'chainIds.1': 'no chain 9',
      departmentId: 'no department 4',
    })
  })

  it('keeps a retired chain the user already had', () => {
    expect(scopeReferenceIssues({ chainIds: [2], departmentId: null }, facts(false), [2])).toEqual({})
  })
})

describe("a chain's lead agency", () => {
  it('must be a department when one is named; leaving it out or clearing it is no reference', () => {
    expect(leadDepartmentIssues(3, undefined)).toEqual({ leadDepartmentId: 'no department 3' })
    expect(leadDepartmentIssues(3, { id: 3, name: { zh: '商务局', ko: '상무국', en: 'Commerce Bureau' } })).toEqual({})
    expect(leadDepartmentIssues(undefined, undefined)).toEqual({})
    expect(leadDepartmentIssues(null, undefined)).toEqual({})
  })
})

describe("the year review's chains", () => {
  it('names every selected id no chain has, in the order asked', () => {
    expect(unknownChainIssues([9, 1, 8], [1, 2])).toEqual({ chainId: 'unknown chain: 9,8' })
    expect(unknownChainIssues([1], [1, 2])).toEqual({})
    expect(unknownChainIssues([], [1, 2])).toEqual({})
  })
})

describe('a playlist', () => {
  const body: PlaylistBody = {
    name: 'x',
    mode: 'live',
    asOf: null,
    masked: false,
    watermark: false,
    slides: [
      { kind: 'overview', filter: { chainId: 2 }, intervalSec: 20 },
      { kind: 'board', filter: {}, intervalSec: 20 },
      { kind: 'chain', filter: { chainId: 7 }, intervalSec: 20 },
      { kind: 'chain', filter: { chainId: 2 }, intervalSec: 20 },
    ],
  }

  it('looks up each chain its slides filter by once', () => {
    expect(slideChainIds(body)).toEqual([2, 7])
  })

  it('names each slide whose chain does not exist', () => {
    expect(playlistChainIssues(body, id => id === 2)).toEqual({ 'slides.2.filter.chainId': 'no chain 7' })
    expect(playlistChainIssues(body, () => true)).toEqual({})
  })

  it('is changed only by its owner or an admin', () => {
    expect(mayChangePlaylist({ id: 5, role: 'leader' }, 5)).toBe(true)
    expect(mayChangePlaylist({ id: 6, role: 'leader' }, 5)).toBe(false)
    expect(mayChangePlaylist({ id: 1, role: 'admin' }, 5)).toBe(true)
  })
})

describe('a display link', () => {
  it('signs in as a viewer named after its label, with no scope and nobody’s id', () => {
    expect(displayLinkUser({ id: 12, label: '大厅屏幕' })).toEqual({
      id: 0,
      username: 'display-12',
      displayName: '大厅屏幕',
      role: 'viewer',
      chainIds: [],
      departmentId: null,
    })
  })
})
