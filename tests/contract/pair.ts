/**
 * Running one step on both implementations and holding them to the same answer: equal status and
 * equal body, errors included (code, message, fields, current, allowedActions).
 */
import { afterAll, beforeAll, expect } from 'vitest'
import type { World } from '#contract'
import { generateWorld } from '../../mock/generate'
import { CONTRACT_CLOCK } from './clock'
import { liveTarget, mockTarget, type ApiClient, type ApiResult, type ApiTarget } from './targets'

/** A mock and a live target over copies of one world. */
export interface Pair {
  mock: ApiTarget
  live: ApiTarget
  world: World
  close: () => Promise<void>
}

/** The same world generated twice (each side changes its own), anchored on the contract clock's today. */
export function contractWorld(): World {
  return generateWorld({ seed: 7, anchorDate: CONTRACT_CLOCK.today })
}

/** A mock and a live target, each over its own fresh copy of the contract world. */
export async function freshPair(): Promise<Pair> {
  const world = contractWorld()
  const mock = mockTarget(contractWorld(), CONTRACT_CLOCK)
  const live = await liveTarget(contractWorld(), CONTRACT_CLOCK)
  return {
    mock,
    live,
    world,
    close: async () => {
      await Promise.all([mock.close(), live.close()])
    },
  }
}

/**
 * Runs `step` against the mock and the live client and requires equal status and body; returns the
 * mock's answer. A difference fails the test softly, so the test's own assertions still run on the
 * mock's answer and a report tells a mismatch from a wrong answer.
 */
export async function alike(
  what: string,
  mock: ApiClient,
  live: ApiClient,
  step: (c: ApiClient) => Promise<ApiResult>,
): Promise<ApiResult> {
  const m = await step(mock)
  const l = await step(live)
  expect.soft({ status: l.status, body: l.body }, `${what}: live vs mock`).toEqual({ status: m.status, body: m.body })
  return m
}

/**
 * One fresh pair for a whole test file (built before its tests, closed after them) and `as`: one step
 * run alike by the same user on both sides.
 */
export function pairForFile(): {
  readonly pair: Pair
  as: (username: string, what: string, step: (c: ApiClient) => Promise<ApiResult>) => Promise<ApiResult>
} {
  let current: Pair | undefined
  beforeAll(async () => {
    current = await freshPair()
  })
  afterAll(async () => current?.close())
  const built = (): Pair => {
    if (!current) throw new Error("the pair is built before the file's tests")
    return current
  }
  return {
    get pair() {
      return built()
    },
    as: async (username, what, step) =>
      alike(`${username}: ${what}`, await built().mock.as(username), await built().live.as(username), step),
  }
}
