/** The answer's last line of defence: numbers JSON cannot carry are degraded and each is logged. */
import { describe, expect, it } from 'vitest'
import { degradeUnrepresentable } from '../../server/services/representable'

function recorder() {
  const warnings: object[] = []
  return {
    warnings,
    log: {
      warn: (details: object) => {
        warnings.push(details)
      },
    },
  }
}

describe('degradeUnrepresentable', () => {
  it('turns NaN and ±Infinity deep in an answer into 0 and ±MAX_SAFE_INTEGER, logging each path', () => {
    const { warnings, log } = recorder()
    const answer = { total: { ordersAmountCny: Infinity, coverage: NaN }, months: [{ ordersAmountCny: -Infinity }] }
    expect(degradeUnrepresentable(answer, log)).toEqual({
      total: { ordersAmountCny: Number.MAX_SAFE_INTEGER, coverage: 0 },
      months: [{ ordersAmountCny: -Number.MAX_SAFE_INTEGER }],
    })
    expect(warnings).toEqual([
      { path: 'total.ordersAmountCny', value: 'Infinity', degradedTo: Number.MAX_SAFE_INTEGER },
      { path: 'total.coverage', value: 'NaN', degradedTo: 0 },
      { path: 'months.0.ordersAmountCny', value: '-Infinity', degradedTo: -Number.MAX_SAFE_INTEGER },
    ])
  })

  it('leaves finite numbers as stored, however absurd, and logs nothing', () => {
    const { warnings, log } = recorder()
    const answer = { amounts: [1.5e308, -5, 0, 9e15], rate: null, name: 'x' }
    expect(degradeUnrepresentable(structuredClone(answer), log)).toEqual(answer)
    expect(warnings).toEqual([])
  })

  it('passes strings, buffers and null through untouched', () => {
    const { log } = recorder()
    const buffer = Buffer.from('{"a":1}')
    expect(degradeUnrepresentable('{"a":Infinity}', log)).toBe('{"a":Infinity}')
    expect(degradeUnrepresentable(buffer, log)).toBe(buffer)
    expect(degradeUnrepresentable(null, log)).toBeNull()
  })
})
