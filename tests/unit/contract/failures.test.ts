import { describe, expect, it } from 'vitest'
import {
  checkIdempotencyKey,
  failureBody,
  freezePlaylist,
  invalidBodyFailure,
  notFoundFailure,
  replayRefusal,
  staleVersionFailure,
  type PlaylistBody,
} from '#contract'

describe('the failures both sides answer (contract/errors.ts, contract/writes.ts)', () => {
  it('spell the messages and carry further keys into the body', () => {
    expect(failureBody(notFoundFailure('display link', 7))).toEqual({
      error: { code: 'not_found', message: 'display link 7 not found' },
    })
    expect(failureBody(staleVersionFailure({ id: 1 }))).toEqual({
      error: { code: 'stale_version', message: 'someone else saved this record first; reload it', current: { id: 1 } },
    })
    expect(invalidBodyFailure({ code: 'taken' })).toEqual({
      status: 400,
      code: 'validation_failed',
      message: 'invalid request body',
      fields: { code: 'taken' },
    })
  })

  it('read the Idempotency-Key header: none, the first of several, or a 400 naming it', () => {
    expect(checkIdempotencyKey(undefined)).toEqual({ ok: true, key: undefined })
    expect(checkIdempotencyKey(['a', 'b'])).toEqual({ ok: true, key: 'a' })
    const bad = checkIdempotencyKey('')
    expect(bad.ok).toBe(false)
    if (!bad.ok) {
      expect(bad.failure).toMatchObject({ status: 400, message: 'invalid Idempotency-Key header' })
      expect(Object.keys(bad.failure.fields ?? {})).toEqual(['Idempotency-Key'])
    }
  })

  it('replay a first answer for the same body or one stored without a hash, refuse another body', () => {
    expect(replayRefusal('h1', 'h1')).toBeUndefined()
    expect(replayRefusal(null, 'h1')).toBeUndefined()
    expect(replayRefusal(undefined, 'h1')).toBeUndefined()
    expect(replayRefusal('h1', 'h2')).toMatchObject({ status: 409, code: 'idempotency_key_reused' })
  })
})

describe('freezePlaylist', () => {
  it('copies the body, so a later edit of the playlist leaves the frozen one as it was', () => {
    const body = { name: '周会', slides: [{ kind: 'overview', intervalSec: 10 }] } as unknown as PlaylistBody
    const playlist = { id: 3, body, version: 2, updatedAt: '2025-01-01T08:00:00+08:00' }
    const frozen = freezePlaylist(playlist)
    body.name = '改了'
    expect(frozen).toEqual({ body: { ...body, name: '周会' }, version: 2, updatedAt: playlist.updatedAt })
  })
})
