/**
 * The session guard of the /api plugin: every route inside it answers 401 `unauthorized` without a
 * live session, before validating anything; health, login and the OpenAPI document stay open.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { apiErrorBody } from '#contract'
import { buildTestWorld, sessionCookie, startTestApp, type TestApp } from '../support/apiWorld'

let t: TestApp
beforeAll(async () => {
  t = await startTestApp(buildTestWorld())
})
afterAll(async () => {
  await t.close()
})

const GUARDED = [
  '/api/chains',
  '/api/counties',
  '/api/departments',
  '/api/enterprises',
  '/api/enterprises/1',
  '/api/visits',
  '/api/visits/1',
  '/api/bottlenecks',
  '/api/bottlenecks/1',
  '/api/recommendations',
  '/api/recommendations/1',
  '/api/overview',
  '/api/trends',
]

describe('the session guard', () => {
  it.each(GUARDED)('GET %s without a session → 401 unauthorized', async path => {
    const res = await t.get(path, null)
    expect(res.status).toBe(401)
    expect(apiErrorBody.parse(res.body).error.code).toBe('unauthorized')
  })

  it.each(GUARDED)('GET %s with a session → 200', async path => {
    expect((await t.get(path)).status).toBe(200)
  })

  it('refuses a forged token and an expired session', async () => {
    expect((await t.get('/api/chains', 'chain_session=forged')).status).toBe(401)
    await t.db.updateTable('sessions').set({ expires_at: '2000-01-01T00:00:00.000Z' }).execute()
    expect((await t.get('/api/chains')).status).toBe(401)
    await t.db.updateTable('sessions').set({ expires_at: '2999-01-01T00:00:00.000Z' }).execute()
    expect((await t.get('/api/chains')).status).toBe(200)
  })

  it('refuses the session of a user who has since been disabled', async () => {
    const cookie = await sessionCookie(t.db, 'liaison')
    expect((await t.get('/api/chains', cookie)).status).toBe(200)
    await t.db.updateTable('users').set({ active: 0 }).where('username', '=', 'liaison').execute()
    expect((await t.get('/api/chains', cookie)).status).toBe(401)
  })

  it('answers 401 before looking at a bad query', async () => {
    expect((await t.get('/api/visits?page=0', null)).status).toBe(401)
    expect((await t.get('/api/visits?page=0')).status).toBe(400)
  })

  it('leaves health, the OpenAPI document and the docs open', async () => {
    expect((await t.get('/api/health', null)).status).toBe(200)
    expect((await t.get('/api/openapi.json', null)).status).toBe(200)
    expect((await t.app.inject({ method: 'GET', url: '/api/docs/' })).statusCode).toBe(200)
  })

  it('leaves login open and keeps /me and password change behind their own session check', async () => {
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'admin', password: 'wrong' },
    })
    expect(login.statusCode).toBe(401)
    expect((await t.get('/api/auth/me', null)).body).toEqual({ user: null })
    expect((await t.get('/api/auth/me')).body.user.username).toBe('admin')
    const change = await t.app.inject({
      method: 'POST',
      url: '/api/auth/password',
      payload: { currentPassword: 'x', newPassword: 'y'.repeat(12) },
    })
    expect(change.statusCode).toBe(401)
  })
})
