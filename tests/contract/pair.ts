/**
 * Running one step on both implementations and holding them to the same answer: equal status and
 * equal body, errors included (code, message, fields, current, allowedActions).
 */
import { expect } from 'vitest'
import type { World } from '#contract'
import { generateWorld } from '../../mock/generate'
import { CONTRACT_CLOCK } from './clock'
import { liveTarget, mockTarget, type ApiClient, type ApiResult, type ApiTarget } from './targets'

/** The same world generated twice (each side changes its own), anchored on the contract clock's today. */
export function contractWorld(): World {
  return generateWorld({ seed: 7, anchorDate: CONTRACT_CLOCK.today })
}

/** A mock and a live target, each over its own fresh copy of the contract world. */
export async function freshPair(): Promise<{ mock: ApiTarget, live: ApiTarget, world: World, close: () => Promise<void> }> {
  const world = contractWorld()
  const mock = mockTarget(contractWorld(), CONTRACT_CLOCK)
  const live = await liveTarget(contractWorld(), CONTRACT_CLOCK)
  return { mock, live, world, close: async () => { await Promise.all([mock.close(), live.close()]) } }
}

/**
 * Runs `step` against the mock and the live client and requires equal status and body; returns the
 * mock's answer. A difference fails the test softly, so the test's own assertions still run on the
 * mock's answer and a report tells a mismatch from a wrong answer.
 */
export async function alike(what: string, mock: ApiClient, live: ApiClient, step: (c: ApiClient) => Promise<ApiResult>): Promise<ApiResult> {
  const m = await step(mock)
  const l = await step(live)
  expect.soft({ status: l.status, body: l.body }, `${what}: live vs mock`).toEqual({ status: m.status, body: m.body })
  return m
}
