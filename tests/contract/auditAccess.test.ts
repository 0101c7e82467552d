// @vitest-environment node
/**
 * Audit by need (issue 10) on both implementations: the same roles are refused the same entries,
 * and an enterprise's audit shows its contacts masked to the same readers, with equal bodies.
 */
import { describe, expect, it } from 'vitest'
import { adminEnterprise } from '#contract'
import { phonesIn } from '../support/answerScan'
import { pairForFile } from './pair'

const file = pairForFile()
const as = file.as

describe('the audit by need', () => {
  it("refuses every role but an admin an account's entries", async () => {
    for (const username of ['viewer', 'department', 'liaison', 'leader']) {
      expect((await as(username, 'user audit', c => c.get('/api/audit?entityType=user&entityId=1'))).status).toBe(403)
    }
    expect((await as('admin', 'user audit', c => c.get('/api/audit?entityType=user&entityId=1'))).status).toBe(200)
  })

  it("masks an enterprise's contacts in its audit for readers without the need, alike", async () => {
    // The leader's chains include this enterprise; the viewer's and the department's include nothing.
    const leader = file.pair.world.users.find(u => u.username === 'leader')!
    const e = file.pair.world.enterprises.find(x => x.chains.some(m => leader.chainIds.includes(m.chainId)))!
    const current = adminEnterprise.parse(
      (await as('admin', 'read enterprise', c => c.get(`/api/admin/enterprises/${e.id}`))).body,
    )
    const patch = { version: current.version, contact: { name: '王小明', phone: '13912344583' } }
    expect((await as('admin', 'edit contact', c => c.patch(`/api/admin/enterprises/${e.id}`, patch))).status).toBe(200)
    const url = `/api/audit?entityType=enterprise&entityId=${e.id}`
    expect(phonesIn((await as('leader', 'enterprise audit', c => c.get(url))).body)).toContain('13912344583')
    for (const username of ['viewer', 'department']) {
      const res = await as(username, 'enterprise audit', c => c.get(url))
      expect(res.status).toBe(200)
      expect(phonesIn(res.body)).toEqual([])
    }
  })
})
