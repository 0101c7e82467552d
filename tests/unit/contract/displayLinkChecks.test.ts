import { describe, expect, it } from 'vitest'
import { reissueRefusal, revokeRefusal } from '#contract'

const ADMIN = { id: 1, role: 'admin' as const }
const CREATOR = { id: 2, role: 'leader' as const }
const OWNER = { id: 3, role: 'leader' as const }
const OTHER = { id: 4, role: 'leader' as const }
const LIVE = { createdById: 2, revokedAt: null }
const REVOKED = { createdById: 2, revokedAt: '2026-06-30T10:00:00+08:00' }

describe('display link checks', () => {
  it('lets an admin or the creator revoke a link, no other leader', () => {
    expect(revokeRefusal(ADMIN, LIVE)).toBeUndefined()
    expect(revokeRefusal(CREATOR, LIVE)).toBeUndefined()
    expect(revokeRefusal(OTHER, LIVE)).toMatchObject({ status: 403, code: 'forbidden' })
    // Revoking again is answered with the link, not refused.
    expect(revokeRefusal(CREATOR, REVOKED)).toBeUndefined()
  })

  it("lets an admin, the creator or the playlist's owner reissue a live link", () => {
    for (const actor of [ADMIN, CREATOR, OWNER]) expect(reissueRefusal(actor, LIVE, OWNER.id)).toBeUndefined()
    expect(reissueRefusal(OTHER, LIVE, OWNER.id)).toMatchObject({ status: 403, code: 'forbidden' })
    expect(reissueRefusal(OWNER, LIVE, undefined), 'the playlist is gone: its owner is no one').toMatchObject({
      status: 403,
    })
  })

  it('refuses who may not before saying a revoked link stays revoked', () => {
    expect(reissueRefusal(OTHER, REVOKED, OWNER.id)).toMatchObject({ status: 403 })
    expect(reissueRefusal(CREATOR, REVOKED, OWNER.id)).toMatchObject({ status: 409, code: 'conflict' })
  })
})
