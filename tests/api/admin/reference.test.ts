/** Chains and departments as the admin edits them, seen through the ordinary reference routes. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startAdminApp, type AdminTestApp } from './adminApp'

let t: AdminTestApp
let admin: string

beforeEach(async () => {
  t = await startAdminApp()
  admin = await t.login('admin')
})
afterEach(async () => t.close())

const names = (zh: string) => ({ zh, ko: `${zh}(ko)`, en: `${zh} (en)` })

describe('editing a chain', () => {
  it('shows new names, leaders, lead unit and targets in GET /api/chains', async () => {
    const res = await t.send('PATCH', '/api/admin/chains/1', admin, {
      version: 1,
      name: names('跨境旅游'),
      cppccLeaders: [
        { name: '金链长', title: names('主席') },
        { name: '朴副链长', title: names('副主席') },
      ],
      govCoLeader: { name: '李副州长', title: names('副州长') },
      leadUnit: names('州文广旅局'),
      targets: [
        { year: 2027, visits: 120, bottlenecksResolved: 30, ordersWonCny: 5_000_000 },
        { year: 2026, visits: 100, bottlenecksResolved: 20, ordersWonCny: 1_000_000 },
      ],
    })
    expect(res.status).toBe(200)
    expect(res.body.version).toBe(2)
    const chain = (await t.send('GET', '/api/chains/1', admin)).body
    expect(chain.name.zh).toBe('跨境旅游')
    expect(chain.cppccLeaders.map((l: { name: string }) => l.name)).toEqual(['金链长', '朴副链长'])
    expect(chain.govCoLeader.name).toBe('李副州长')
    expect(chain.leadUnit.zh).toBe('州文广旅局')
    expect(chain.targets.map((x: { year: number }) => x.year)).toEqual([2026, 2027])
  })

  it('adds and renames segments, keeping ids and order, and refuses dropping one', async () => {
    const before = (await t.send('GET', '/api/admin/chains', admin)).body.find((c: { id: number }) => c.id === 2)
    const [first, second] = before.segments
    const res = await t.send('PATCH', '/api/admin/chains/2', admin, {
      version: 1,
      segments: [
        { ...second, name: names('中欧班列') },
        { id: first.id, tier: 'downstream', name: first.name },
        { tier: 'upstream', name: names('新环节') },
      ],
    })
    expect(res.status).toBe(200)
    const segments = (await t.send('GET', '/api/chains/2', admin)).body.segments
    expect(segments.map((s: { id: number }) => s.id).slice(0, 2)).toEqual([second.id, first.id])
    expect(segments[0].name.zh).toBe('中欧班列')
    expect(segments[1].tier).toBe('downstream')
    expect(segments[2]).toMatchObject({ tier: 'upstream', name: { zh: '新环节' } })

    const dropped = await t.send('PATCH', '/api/admin/chains/2', admin, { version: 2, segments: [segments[0]] })
    expect(dropped.status).toBe(400)
    expect(dropped.body.error.fields).toHaveProperty('segments')
  })

  it('names bad fields, and answers a stale version with the chain as it is', async () => {
    const bad = await t.send('PATCH', '/api/admin/chains/1', admin, {
      version: 1,
      name: { zh: '', ko: 'x' },
      targets: [{ year: 2026, visits: -1, bottlenecksResolved: 0, ordersWonCny: 0 }],
    })
    expect(bad.status).toBe(400)
    expect(Object.keys(bad.body.error.fields)).toEqual(
      expect.arrayContaining(['name.zh', 'name.en', 'targets.0.visits']),
    )
    await t.send('PATCH', '/api/admin/chains/1', admin, { version: 1, leadUnit: names('甲') })
    const stale = await t.send('PATCH', '/api/admin/chains/1', admin, { version: 1, leadUnit: names('乙') })
    expect(stale.status).toBe(409)
    expect(stale.body.error.current).toMatchObject({ id: 1, version: 2, leadUnit: { zh: '甲' } })
  })
})

describe('departments', () => {
  it('creates one, edits its names and vertical management, as GET /api/departments shows', async () => {
    const created = await t.send('POST', '/api/admin/departments', admin, {
      code: 'railway-bureau',
      name: names('铁路局'),
      verticallyManaged: true,
    })
    expect(created.status).toBe(201)
    const edited = await t.send('PATCH', `/api/admin/departments/${created.body.id}`, admin, {
      version: 1,
      name: names('沈阳铁路局'),
      verticallyManaged: false,
    })
    expect(edited.body).toMatchObject({ version: 2, verticallyManaged: false })
    const listed = (await t.send('GET', '/api/departments', admin)).body.find(
      (d: { id: number }) => d.id === created.body.id,
    )
    expect(listed).toMatchObject({ code: 'railway-bureau', name: { zh: '沈阳铁路局' }, verticallyManaged: false })
  })

  it('refuses a taken code on its field', async () => {
    const res = await t.send('POST', '/api/admin/departments', admin, {
      code: 'fgw',
      name: names('重复'),
      verticallyManaged: false,
    })
    expect(res.status).toBe(400)
    expect(res.body.error.fields).toHaveProperty('code')
  })
})
