/**
 * A stateful property test of the write path's boundaries (issue 10): random sequences of
 * well-formed and malformed writes, sent by random roles and by a display link, against one server
 * that keeps every change. After each write and after each sequence:
 * - no answer is a 5xx, whatever was sent or stored before;
 * - no record is created outside its writer's chain scope (every chain it names is in scope);
 * - every accepted write left an audit entry naming its writer;
 * - a display link never writes;
 * - every read endpoint still answers, for an admin, a viewer and the display link.
 * fast-check's seed and number of runs are pinned, so a failure replays the same way.
 */
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { World } from '#contract'
import { TEST_TODAY, type TestResponse } from '../support/apiWorld'
import { startWriteApp, type WriteApp, type Who } from './writes/writeWorld'

type Writer = Exclude<Who, 'anonymous' | 'deptCo' | 'deptOther'> | 'display'
const WRITERS: readonly Writer[] = [
  'admin',
  'leader',
  'leaderOut',
  'liaison',
  'liaisonOut',
  'deptLead',
  'viewer',
  'display',
]

/** How a write's body departs from a well-formed one. */
const FLAWS = [
  'none',
  'hugeAmount',
  'fractionAmount',
  'ancientDate',
  'futureDate',
  'controlText',
  'bidiText',
  'unknownChain',
  'foreignChain',
  'foreignEnterprise',
] as const
type Flaw = (typeof FLAWS)[number]

interface WriteStep {
  kind: 'visit' | 'bottleneck' | 'recommendation'
  who: Writer
  flaw: Flaw
  key: string | null
}

const step = fc.record<WriteStep>({
  kind: fc.constantFrom('visit', 'bottleneck', 'recommendation'),
  who: fc.constantFrom(...WRITERS),
  flaw: fc.constantFrom(...FLAWS),
  // A few keys shared across steps, so one key is reused by another route and with another body.
  key: fc.option(fc.constantFrom('k-1', 'k-2', 'k-3'), { nil: null }),
})

const AUDIT_TYPE = { visit: 'visit', bottleneck: 'bottleneck', recommendation: 'recommendation' } as const
const PATH = { visit: '/api/visits', bottleneck: '/api/bottlenecks', recommendation: '/api/recommendations' } as const

let t: WriteApp
let world: World
let displayToken: string
const users = new Map<Writer, { id: number; role: string; chainIds: number[] }>()

beforeAll(async () => {
  t = await startWriteApp()
  world = t.world
  for (const who of WRITERS) {
    if (who === 'display') continue
    const me = await t.send(who, 'GET', '/api/auth/me')
    users.set(who, me.body.user ?? me.body)
  }
  const playlist = await t.send('admin', 'POST', '/api/playlists', {
    name: 'Lobby',
    slides: [{ kind: 'overview' }, { kind: 'board' }],
    masked: true,
  })
  expect(playlist.status).toBe(201)
  const link = await t.send('admin', 'POST', '/api/display-links', {
    playlistId: playlist.body.id,
    label: 'Lobby screen',
  })
  expect(link.status).toBe(201)
  displayToken = link.body.token
})
afterAll(async () => t.close())

/** The chains a step's record names, after its flaw. */
function chainsOf(s: WriteStep, own: number): number[] {
  if (s.flaw === 'unknownChain') return [9999]
  if (s.flaw === 'foreignChain') return s.kind === 'recommendation' ? [own, otherChain(own)] : [otherChain(own)]
  return [own]
}
const otherChain = (chainId: number) => world.chains.find(c => c.id !== chainId)!.id
const memberOf = (chainId: number) => world.enterprises.find(e => e.chains.some(m => m.chainId === chainId))!.id
const outsiderOf = (chainId: number) => world.enterprises.find(e => !e.chains.some(m => m.chainId === chainId))!.id

/** A writer's own chain: the first in scope, or chain 1 for roles without chains. */
function ownChain(who: Writer): number {
  return users.get(who)?.chainIds[0] ?? 1
}

function textOf(flaw: Flaw, plain: string): string {
  if (flaw === 'controlText') return `${plain}\u0000`
  if (flaw === 'bidiText') return `${plain}\u202E`
  return plain
}

function bodyOf(s: WriteStep): Record<string, unknown> {
  const chains = chainsOf(s, ownChain(s.who))
  const chainId = chains[chains.length - 1]!
  const enterpriseId = s.flaw === 'foreignEnterprise' ? outsiderOf(chainId) : memberOf(chainId === 9999 ? 1 : chainId)
  const amountCny = s.flaw === 'hugeAmount' ? 1.5e308 : s.flaw === 'fractionAmount' ? 1000.5 : 250_000
  const date = s.flaw === 'ancientDate' ? '0000-01-01' : s.flaw === 'futureDate' ? '2099-01-01' : TEST_TODAY
  switch (s.kind) {
    case 'visit':
      return {
        type: 'visit',
        date,
        chainId,
        enterpriseIds: [enterpriseId],
        participants: ['委员甲'],
        summary: textOf(s.flaw, '走访座谈'),
        outcomes: [
          { type: 'order', enterpriseId, amountCny, description: '签订订单' },
          { type: 'order', enterpriseId, amountCny, description: '追加订单' },
        ],
        bottlenecks: [],
      }
    case 'bottleneck':
      return {
        chainId,
        enterpriseId,
        category: world.bottlenecks[0]!.category,
        title: textOf(s.flaw, '通关时间过长'),
        description: '货车在口岸等待两天。',
      }
    case 'recommendation':
      return {
        title: textOf(s.flaw, '关于口岸通关便利化的建议'),
        body: '建议设立绿色通道。',
        chainIds: chains,
        basis: { visitIds: [], bottleneckIds: [], research: null },
        submittedTo: 'party_committee',
      }
  }
}

async function send(s: WriteStep): Promise<TestResponse> {
  const headers: Record<string, string> = s.key ? { 'idempotency-key': s.key } : {}
  if (s.who === 'display')
    return t.send('anonymous', 'POST', PATH[s.kind], bodyOf(s), {
      ...headers,
      authorization: `Display ${displayToken}`,
    })
  return t.send(s.who, 'POST', PATH[s.kind], bodyOf(s), headers)
}

/** The chains a stored record names. */
function storedChains(kind: WriteStep['kind'], record: { chainId?: number; chainIds?: number[] }): number[] {
  return kind === 'recommendation' ? (record.chainIds ?? []) : [record.chainId ?? 0]
}

const READS = [
  '/api/overview',
  `/api/overview?from=2000-01-01&to=${TEST_TODAY}`,
  '/api/trends',
  '/api/reports/year-review?year=2026',
  `/api/snapshots/board?asOf=${TEST_TODAY}`,
  `/api/snapshots/pipeline?asOf=${TEST_TODAY}`,
  '/api/visits',
  '/api/bottlenecks',
  '/api/recommendations',
  '/api/enterprises',
  '/api/queue',
  '/api/chains',
]

async function readAll(created: { kind: WriteStep['kind']; id: number }[]): Promise<string[]> {
  const failures: string[] = []
  const urls = [...READS, ...created.map(c => `${PATH[c.kind]}/${c.id}`)]
  for (const url of urls) {
    for (const who of ['admin', 'viewer', 'display'] as const) {
      const res =
        who === 'display'
          ? await t.send('anonymous', 'GET', url, undefined, { authorization: `Display ${displayToken}` })
          : await t.send(who, 'GET', url)
      if (res.status >= 500) failures.push(`${who} GET ${url} → ${res.status}`)
    }
  }
  return failures
}

describe('random sequences of writes by random roles', () => {
  it("never answer 5xx, never create outside the writer's scope, always audit, and leave every read working", async () => {
    const seen = { accepted: 0, refused: 0 }
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 6 }), async steps => {
        const created: { kind: WriteStep['kind']; id: number }[] = []
        for (const s of steps) {
          const res = await send(s)
          expect(res.status, `${s.who} ${s.kind} ${s.flaw}: ${JSON.stringify(res.body)}`).toBeLessThan(500)
          if (s.who === 'display') expect(res.status).toBe(403)
          seen[res.status === 201 ? 'accepted' : 'refused']++
          if (res.status !== 201) continue
          created.push({ kind: s.kind, id: res.body.id })
          const writer = users.get(s.who)!
          if (writer.role !== 'admin') {
            for (const chainId of storedChains(s.kind, res.body))
              expect(writer.chainIds, `${s.who} wrote ${s.kind} ${res.body.id} in chain ${chainId}`).toContain(chainId)
          }
          const audit = await t.send(
            'admin',
            'GET',
            `/api/audit?entityType=${AUDIT_TYPE[s.kind]}&entityId=${res.body.id}`,
          )
          expect(audit.status).toBe(200)
          expect(
            audit.body.items.some((e: { actorId: number }) => e.actorId === writer.id),
            `${s.kind} ${res.body.id} audited`,
          ).toBe(true)
        }
        expect(await readAll(created)).toEqual([])
      }),
      { seed: 20261207, numRuns: 50, endOnFailure: true },
    )
    // The sequences must have exercised both sides of the boundaries, or the property proved nothing.
    expect(seen.accepted).toBeGreaterThan(20)
    expect(seen.refused).toBeGreaterThan(20)
  }, 600_000)
})
