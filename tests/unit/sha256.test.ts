import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { sha256, sha256KeyedWord } from '../../contract/sha256'

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex')

describe("sha256 (the contract's pure SHA-256)", () => {
  it('agrees with node:crypto on every padding boundary and on several blocks', () => {
    for (const length of [0, 1, 3, 55, 56, 63, 64, 65, 119, 120, 1000]) {
      const data = Uint8Array.from({ length }, (_, i) => (i * 31 + length) & 0xff)
      expect(hex(sha256(data)), `length ${length}`).toBe(createHash('sha256').update(data).digest('hex'))
    }
  })

  it('gives the FIPS 180-4 digest of "abc"', () => {
    expect(hex(sha256(new TextEncoder().encode('abc')))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    )
  })
})

describe('sha256KeyedWord (one block: a 32-byte key and a 32-bit value)', () => {
  it('is the first word of SHA-256(key · value)', () => {
    const key = Uint8Array.from({ length: 32 }, (_, i) => i * 7 + 1)
    const words = Uint32Array.from({ length: 8 }, (_, i) => new DataView(key.buffer).getUint32(i * 4))
    for (const value of [0, 1, 1023, 0xffffffff]) {
      const message = new Uint8Array(36)
      message.set(key)
      new DataView(message.buffer).setUint32(32, value)
      expect(sha256KeyedWord(words, value)).toBe(createHash('sha256').update(message).digest().readUInt32BE(0))
    }
  })
})
