/** Enterprises as the admin keeps them: credit codes checked and unique, memberships by segment, county moves. */
import { creditCodeCheckChar } from '#contract'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startAdminApp, type AdminTestApp } from './adminApp'

let t: AdminTestApp
let admin: string

beforeEach(async () => {
  t = await startAdminApp()
  admin = await t.login('admin')
})
afterEach(async () => t.close())

const code = (n: number) => {
  const first17 = `91222403MA${String(n).padStart(7, '0')}`
  return first17 + creditCodeCheckChar(first17)!
}

const valid = () => ({
  creditCode: code(42).toLowerCase(),
  name: { zh: '延边新企业', ko: '연변신기업', en: 'Yanbian New Co.' },
  county: 'yanji',
  chains: [
    { chainId: 1, segmentId: 11 },
    { chainId: 2, segmentId: 22 },
  ],
  anchor: false,
  aboveScale: true,
  contact: { name: '王经理', phone: '+86 138 0000 0000' },
  liaisonId: 2,
})

describe('creating an enterprise', () => {
  it('stores it with an upper-cased credit code, and lists it in both chains', async () => {
    const res = await t.send('POST', '/api/admin/enterprises', admin, valid())
    expect(res.status).toBe(201)
    expect(res.body).toMatchObject({
      creditCode: code(42),
      version: 1,
      chains: [
        { chainId: 1, segmentId: 11 },
        { chainId: 2, segmentId: 22 },
      ],
    })
    const inChain2 = (await t.send('GET', '/api/enterprises?chainId=2&pageSize=100', admin)).body.items.map(
      (e: { id: number }) => e.id,
    )
    expect(inChain2).toContain(res.body.id)
  })

  it('refuses a credit code with a wrong check digit on its field', async () => {
    const bad = code(42).slice(0, 17) + (code(42).endsWith('0') ? '1' : '0')
    const res = await t.send('POST', '/api/admin/enterprises', admin, { ...valid(), creditCode: bad })
    expect(res.status).toBe(400)
    expect(res.body.error.fields).toHaveProperty('creditCode')
  })

  it('refuses a credit code another enterprise holds', async () => {
    const existing = (await t.send('GET', '/api/enterprises/1', admin)).body.creditCode
    const res = await t.send('POST', '/api/admin/enterprises', admin, { ...valid(), creditCode: existing })
    expect(res.status).toBe(400)
    expect(res.body.error.fields.creditCode).toMatch(/enterprise 1/)
  })

  it('refuses a segment of another chain, a repeated chain, and a liaison who is not one', async () => {
    const wrongSegment = await t.send('POST', '/api/admin/enterprises', admin, {
      ...valid(),
      chains: [{ chainId: 1, segmentId: 21 }],
    })
    expect(wrongSegment.body.error.fields).toHaveProperty(['chains.0.segmentId'])
    const repeated = await t.send('POST', '/api/admin/enterprises', admin, {
      ...valid(),
      chains: [
        { chainId: 1, segmentId: 11 },
        { chainId: 1, segmentId: 12 },
      ],
    })
    expect(repeated.body.error.fields).toHaveProperty('chains')
    const notLiaison = await t.send('POST', '/api/admin/enterprises', admin, { ...valid(), liaisonId: 3 })
    expect(notLiaison.body.error.fields).toHaveProperty('liaisonId')
  })
})

describe('editing an enterprise', () => {
  it("moves it to another county: the list filter and the Overview's county cut follow", async () => {
    const before = await t.send('GET', '/api/overview?county=hunchun&from=2025-01-01&to=2026-06-30', admin)
    const res = await t.send('PATCH', '/api/admin/enterprises/1', admin, { version: 1, county: 'hunchun' })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ county: 'hunchun', version: 2 })
    const inHunchun = (await t.send('GET', '/api/enterprises?county=hunchun&pageSize=100', admin)).body.items.map(
      (e: { id: number }) => e.id,
    )
    expect(inHunchun).toContain(1)
    const after = await t.send('GET', '/api/overview?county=hunchun&from=2025-01-01&to=2026-06-30', admin)
    expect(after.status).toBe(200)
    expect(after.body.total.visits).toBeGreaterThan(before.body.total.visits)
  })

  it('answers a stale version with 409 and the enterprise as it is', async () => {
    await t.send('PATCH', '/api/admin/enterprises/2', admin, { version: 1, anchor: false })
    const res = await t.send('PATCH', '/api/admin/enterprises/2', admin, { version: 1, anchor: true })
    expect(res.status).toBe(409)
    expect(res.body.error.current).toMatchObject({ id: 2, anchor: false, version: 2 })
  })
})
