/** The idempotent creates' request fingerprint: canonical JSON and a pure SHA-256 equal to node's. */
import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { canonicalJson, requestHash, sha256Hex } from '#contract'

const nodeSha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex')

describe('sha256Hex', () => {
  it('equals node:crypto on the empty string, ASCII, CJK, astral characters and every length around a block', () => {
    const texts = [
      '',
      'abc',
      '走访企业，了解通关与物流情况',
      '😀𠀀 mixed ascii',
      ...Array.from({ length: 140 }, (_, n) => 'x'.repeat(n)),
    ]
    for (const text of texts) expect(sha256Hex(text), JSON.stringify(text)).toBe(nodeSha256(text))
  })

  it('equals the FIPS 180-4 test vector for "abc"', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')
  })
})

describe('requestHash', () => {
  it('is the same for bodies equal as values, whatever the order of their keys', () => {
    const a = { title: 't', basis: { visitIds: [1, 2], research: null }, chainIds: [1] }
    const b = { chainIds: [1], basis: { research: null, visitIds: [1, 2] }, title: 't' }
    expect(canonicalJson(a)).toBe(canonicalJson(b))
    expect(requestHash(a)).toBe(requestHash(b))
  })

  it('differs when a value or the order of an array differs', () => {
    const body = { chainIds: [1, 2], title: 't' }
    expect(requestHash({ ...body, title: 'u' })).not.toBe(requestHash(body))
    expect(requestHash({ ...body, chainIds: [2, 1] })).not.toBe(requestHash(body))
  })
})
