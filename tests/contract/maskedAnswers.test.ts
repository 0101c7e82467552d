// @vitest-environment node
/**
 * Masked answers on both implementations (issue 10): given the same pseudonym secret, the mock's
 * dispatcher and the server's onSend hook answer a masked stage alike — signed in with
 * `X-Chain-Masked: 1`, or through a masked playlist's display link — and neither names an
 * enterprise. A recommendation title is planted naming one, as a user could write it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addCalendarDays, displayLinkCreated, MASKED_REQUEST_HEADER, playlist, type World } from '#contract'
import { mockPseudonymSecret } from '../../mock/api/maskedAnswers'
import { PSEUDONYM_SECRET_KEY } from '../../server/services/answerMasking'
import { CONTRACT_CLOCK } from './clock'
import { alike, contractWorld } from './pair'
import { liveTarget, mockTarget, type ApiTarget } from './targets'

const DAY = CONTRACT_CLOCK.today
const FROM = addCalendarDays(DAY, -364)
const MASKED = { [MASKED_REQUEST_HEADER]: '1' }

/** The contract world with one working recommendation's title naming an enterprise. */
function plantedWorld(): World {
  const world = contractWorld()
  const rec = world.recommendations.find(r => r.status === 'submitted')!
  rec.title = `关于支持${world.enterprises[0]!.name.zh}扩大产能的建议`
  return world
}

const REQUESTS = [
  `/api/overview?from=${FROM}&to=${DAY}&asOf=${DAY}`,
  `/api/trends?from=${FROM}&to=${DAY}&asOf=${DAY}`,
  '/api/counties',
  '/api/chains/1',
  `/api/overview?chainId=1&from=${DAY.slice(0, 4)}-01-01&to=${DAY}&asOf=${DAY}`,
  `/api/snapshots/board?asOf=${DAY}&from=${FROM}&to=${DAY}`,
  `/api/snapshots/pipeline?asOf=${DAY}`,
]

let mock: ApiTarget
let live: ApiTarget
let names: string[]
beforeAll(async () => {
  const world = plantedWorld()
  names = world.enterprises.flatMap(e => [e.name.zh, e.name.ko])
  // The server's secret is random (migration 009); give it the mock's, as a restore would.
  mock = mockTarget(plantedWorld(), CONTRACT_CLOCK)
  live = await liveTarget(plantedWorld(), CONTRACT_CLOCK, async db => {
    await db
      .updateTable('settings')
      .set({ value_json: JSON.stringify(mockPseudonymSecret(world.seed)) })
      .where('key', '=', PSEUDONYM_SECRET_KEY)
      .execute()
  })
})
afterAll(async () => Promise.all([mock.close(), live.close()]))

const namesIn = (body: unknown) => names.filter(n => JSON.stringify(body).includes(n))

describe('masked answers, mock and live', () => {
  it('signed in with the header: the same pseudonyms and rounded amounts, and no real name', async () => {
    for (const url of [...REQUESTS, '/api/visits?pageSize=50']) {
      const res = await alike(`masked ${url}`, await mock.as('viewer'), await live.as('viewer'), c =>
        c.get(url, MASKED),
      )
      expect(res.status, url).toBe(200)
      expect(namesIn(res.body), url).toEqual([])
    }
  })

  it('the scan can fail: unmasked, the planted title and the board name enterprises on both', async () => {
    const found = new Set<string>()
    for (const url of REQUESTS) {
      const res = await alike(`unmasked ${url}`, await mock.as('viewer'), await live.as('viewer'), c => c.get(url))
      for (const n of namesIn(res.body)) found.add(n)
    }
    expect(found.size).toBeGreaterThan(1)
  })

  it("through a masked playlist's display link: alike, and no real name", async () => {
    const body = {
      name: '大厅',
      mode: 'frozen',
      asOf: DAY,
      masked: true,
      slides: [
        { kind: 'overview' },
        { kind: 'chain', filter: { chainId: 1 } },
        { kind: 'board' },
        { kind: 'pipeline' },
      ],
    }
    const tokens: string[] = []
    for (const target of [mock, live]) {
      const leader = await target.as('leader')
      const saved = playlist.parse((await leader.post('/api/playlists', body)).body)
      tokens.push(
        displayLinkCreated.parse(
          (await leader.post('/api/display-links', { playlistId: saved.id, label: '大厅' })).body,
        ).token,
      )
    }
    for (const url of REQUESTS) {
      const m = await mock.anonymous.get(url, { authorization: `Display ${tokens[0]!}` })
      const l = await live.anonymous.get(url, { authorization: `Display ${tokens[1]!}` })
      expect
        .soft({ status: l.status, body: l.body }, `display ${url}: live vs mock`)
        .toEqual({ status: m.status, body: m.body })
      expect(namesIn(m.body), url).toEqual([])
      expect(namesIn(l.body), url).toEqual([])
    }
  })
})
