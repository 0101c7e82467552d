/** Accounts as the admin keeps them: create, scope rules, disable/enable, password reset, versions. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { PASSWORD, startAdminApp, type AdminTestApp } from './adminApp'

let t: AdminTestApp
let admin: string

beforeEach(async () => {
  t = await startAdminApp()
  admin = await t.login('admin')
})
afterEach(async () => t.close())

const newUser = {
  username: 'zhang.wei',
  displayName: '张伟',
  role: 'liaison',
  chainIds: [2],
  password: 'initial-password-1',
}

describe('creating a user', () => {
  it('creates a liaison who can sign in with the initial password, and never returns a hash', async () => {
    const res = await t.send('POST', '/api/admin/users', admin, newUser)
    expect(res.status).toBe(201)
    expect(res.body).toMatchObject({
      username: 'zhang.wei',
      role: 'liaison',
      chainIds: [2],
      departmentId: null,
      active: true,
      version: 1,
    })
    expect(JSON.stringify(res.body)).not.toMatch(/hash|scrypt/)
    const list = await t.send('GET', '/api/admin/users', admin)
    expect(JSON.stringify(list.body)).not.toMatch(/hash|scrypt/)
    const cookie = await t.login('zhang.wei', 'initial-password-1')
    expect((await t.send('GET', '/api/auth/me', cookie)).body.user).toMatchObject({ role: 'liaison', chainIds: [2] })
  })

  it('names every bad field of a bad body', async () => {
    const res = await t.send('POST', '/api/admin/users', admin, {
      username: 'a b',
      displayName: '',
      role: 'boss',
      password: 'short',
      extra: 1,
    })
    expect(res.status).toBe(400)
    expect(res.body.error.code).toBe('validation_failed')
    expect(Object.keys(res.body.error.fields)).toEqual(
      expect.arrayContaining(['username', 'displayName', 'role', 'password', 'extra']),
    )
  })

  it('asks a leader or liaison for chains and a department user for a department', async () => {
    const liaison = await t.send('POST', '/api/admin/users', admin, { ...newUser, chainIds: [] })
    expect(liaison.status).toBe(400)
    expect(liaison.body.error.fields).toHaveProperty('chainIds')
    const department = await t.send('POST', '/api/admin/users', admin, { ...newUser, role: 'department', chainIds: [] })
    expect(department.body.error.fields).toHaveProperty('departmentId')
  })

  it('refuses a taken username and unknown chains or departments on their fields', async () => {
    const taken = await t.send('POST', '/api/admin/users', admin, { ...newUser, username: 'Liaison' })
    expect(taken.status).toBe(400)
    expect(taken.body.error.fields).toHaveProperty('username')
    const unknown = await t.send('POST', '/api/admin/users', admin, { ...newUser, chainIds: [2, 99] })
    expect(unknown.body.error.fields).toHaveProperty(['chainIds.1'])
    const noDept = await t.send('POST', '/api/admin/users', admin, {
      ...newUser,
      role: 'department',
      chainIds: [],
      departmentId: 99,
    })
    expect(noDept.body.error.fields).toHaveProperty('departmentId')
  })
})

describe('editing a user', () => {
  it('changes role and scope, and the user sees the change on the next request', async () => {
    const cookie = await t.login('liaison')
    const res = await t.send('PATCH', '/api/admin/users/2', admin, { version: 1, role: 'leader', chainIds: [1, 2] })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ role: 'leader', chainIds: [1, 2], version: 2 })
    expect((await t.send('GET', '/api/auth/me', cookie)).body.user).toMatchObject({ role: 'leader', chainIds: [1, 2] })
  })

  it('clears chain scope when the role no longer has one', async () => {
    const res = await t.send('PATCH', '/api/admin/users/2', admin, { version: 1, role: 'viewer' })
    expect(res.body).toMatchObject({ role: 'viewer', chainIds: [], departmentId: null })
  })

  it('answers a stale version with 409 and the user as it is now', async () => {
    await t.send('PATCH', '/api/admin/users/2', admin, { version: 1, displayName: '联络员甲' })
    const res = await t.send('PATCH', '/api/admin/users/2', admin, { version: 1, displayName: '联络员乙' })
    expect(res.status).toBe(409)
    expect(res.body.error).toMatchObject({
      code: 'stale_version',
      current: { id: 2, displayName: '联络员甲', version: 2 },
    })
  })

  it('is 404 for an unknown user', async () => {
    expect((await t.send('PATCH', '/api/admin/users/999', admin, { version: 1, displayName: 'x' })).status).toBe(404)
  })

  it('does not let an admin disable or demote themselves', async () => {
    const disable = await t.send('PATCH', '/api/admin/users/1', admin, { version: 1, active: false })
    expect(disable.status).toBe(400)
    expect(disable.body.error.fields).toHaveProperty('active')
    const demote = await t.send('PATCH', '/api/admin/users/1', admin, { version: 1, role: 'viewer' })
    expect(demote.body.error.fields).toHaveProperty('role')
  })
})

describe('the audit trail', () => {
  it('records who changed a user, with the user before and after, and never a password', async () => {
    await t.send('PATCH', '/api/admin/users/2', admin, { version: 1, displayName: '联络员甲' })
    await t.send('POST', '/api/admin/users/2/password', admin, { password: 'yet-another-password' })
    const rows = await t.db
      .selectFrom('audit_entries')
      .selectAll()
      .where('entity_type', '=', 'user')
      .where('entity_id', '=', 2)
      .orderBy('id')
      .execute()
    expect(rows.map(r => [r.action, r.actor_id])).toEqual([
      ['update', 1],
      ['reset_password', 1],
    ])
    expect(JSON.parse(rows[0]!.before_json!).displayName).toBe('联络员')
    expect(JSON.parse(rows[0]!.after_json!).displayName).toBe('联络员甲')
    expect(rows.map(r => `${r.before_json}${r.after_json}`).join()).not.toMatch(/yet-another|scrypt|password_hash/)
  })
})

describe('disabling, enabling and resetting', () => {
  it("ends a disabled user's sessions and refuses their sign-in; enabling lets them back", async () => {
    const cookie = await t.login('liaison')
    expect((await t.send('GET', '/api/auth/me', cookie)).body.user).not.toBeNull()
    const res = await t.send('PATCH', '/api/admin/users/2', admin, { version: 1, active: false })
    expect(res.body).toMatchObject({ active: false, version: 2 })
    expect((await t.send('GET', '/api/auth/me', cookie)).body.user).toBeNull()
    expect(await t.db.selectFrom('sessions').select('id').where('user_id', '=', 2).execute()).toHaveLength(0)
    await expect(t.login('liaison')).rejects.toThrow(/401/)

    await t.send('PATCH', '/api/admin/users/2', admin, { version: 2, active: true })
    expect(await t.login('liaison')).toMatch(/^chain_session=/)
  })

  it('resets a password: the old one stops working, the new one works, old sessions end', async () => {
    const cookie = await t.login('leader')
    const res = await t.send('POST', '/api/admin/users/4/password', admin, { password: 'brand-new-password' })
    expect(res.status).toBe(200)
    expect((await t.send('GET', '/api/auth/me', cookie)).body.user).toBeNull()
    await expect(t.login('leader', PASSWORD)).rejects.toThrow(/401/)
    expect(await t.login('leader', 'brand-new-password')).toMatch(/^chain_session=/)
  })

  it('refuses a short new password on its field', async () => {
    const res = await t.send('POST', '/api/admin/users/4/password', admin, { password: 'short' })
    expect(res.status).toBe(400)
    expect(res.body.error.fields).toHaveProperty('password')
  })
})
