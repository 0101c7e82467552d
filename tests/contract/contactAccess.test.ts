// @vitest-environment node
/**
 * Enterprise contacts on a need-to-know basis (issue 10) on both implementations: each demo role
 * reads the enterprise list and details with the same contacts in full and the same ones masked,
 * body for body, and the masked ones hide the phone's middle digits and all but the name's first
 * character.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Enterprise, Paged, World } from '#contract'
import { alike, freshPair } from './pair'
import type { ApiClient, ApiResult, ApiTarget } from './targets'

interface Pair {
  mock: ApiTarget
  live: ApiTarget
  world: World
  close: () => Promise<void>
}

let pair: Pair
beforeAll(async () => {
  pair = await freshPair()
})
afterAll(async () => pair.close())

const ROLES = ['admin', 'leader', 'liaison', 'department', 'viewer'] as const
type Role = (typeof ROLES)[number]

async function as(username: Role, what: string, step: (c: ApiClient) => Promise<ApiResult>): Promise<ApiResult> {
  return alike(`${username}: ${what}`, await pair.mock.as(username), await pair.live.as(username), step)
}

/** Whether the demo account `username` must read `e`'s contact in full, as DOMAIN.md words it. */
function needsContact(username: Role, e: Enterprise): boolean {
  const user = pair.world.users.find(u => u.username === username)!
  if (user.role === 'admin') return true
  return (user.role === 'leader' || user.role === 'liaison') && e.chains.some(m => user.chainIds.includes(m.chainId))
}

function expectedContact(username: Role, e: Enterprise): Enterprise['contact'] {
  if (needsContact(username, e)) return e.contact
  const name = [...e.contact.name]
  return {
    name: name[0] + '*'.repeat(name.length - 1),
    phone: `${e.contact.phone.slice(0, 3)}****${e.contact.phone.slice(-4)}`,
  }
}

describe('enterprise contacts by need, alike on mock and live', () => {
  it.each(ROLES)('%s reads the list with the contacts it needs in full and the others masked', async username => {
    const res = await as(username, 'enterprise list', c => c.get('/api/enterprises?pageSize=200'))
    expect(res.status).toBe(200)
    const page = res.body as Paged<Enterprise>
    expect(page.items).toHaveLength(pair.world.enterprises.length)
    for (const item of page.items) {
      const e = pair.world.enterprises.find(x => x.id === item.id)!
      expect({ username, id: e.id, contact: item.contact }).toEqual({
        username,
        id: e.id,
        contact: expectedContact(username, e),
      })
    }
  })

  it.each(ROLES)(
    "%s reads an enterprise inside and one outside the leader's chains as the rule says",
    async username => {
      const leader = pair.world.users.find(u => u.username === 'leader')!
      const inside = pair.world.enterprises.find(e => e.chains.some(m => leader.chainIds.includes(m.chainId)))!
      const outside = pair.world.enterprises.find(e => !e.chains.some(m => leader.chainIds.includes(m.chainId)))!
      for (const e of [inside, outside]) {
        const res = await as(username, `enterprise ${e.id}`, c => c.get(`/api/enterprises/${e.id}`))
        expect(res.status).toBe(200)
        expect({ username, id: e.id, contact: (res.body as Enterprise).contact }).toEqual({
          username,
          id: e.id,
          contact: expectedContact(username, e),
        })
      }
    },
  )

  it('masks the same enterprises for a filtered page as for the whole list', async () => {
    const res = await as('liaison', 'chain 3 enterprises', c => c.get('/api/enterprises?chainId=3&pageSize=50'))
    for (const item of (res.body as Paged<Enterprise>).items) {
      const e = pair.world.enterprises.find(x => x.id === item.id)!
      expect(item.contact).toEqual(expectedContact('liaison', e))
    }
  })
})
