import { describe, expect, it } from 'vitest'
import { STAGE_HEIGHT, STAGE_WIDTH, stageFit } from '@/components/present/composables/usePresentStage'

/** The scaled stage's box inside the viewport. */
function box(w: number, h: number) {
  const f = stageFit(w, h)
  return { ...f, right: f.offsetX + STAGE_WIDTH * f.scale, bottom: f.offsetY + STAGE_HEIGHT * f.scale }
}

describe('stageFit', () => {
  it('fills a 16:9 window exactly', () => {
    expect(box(1920, 1080)).toMatchObject({ scale: 1, offsetX: 0, offsetY: 0, right: 1920, bottom: 1080 })
    expect(box(1280, 720)).toMatchObject({ scale: 2 / 3, offsetX: 0, offsetY: 0 })
  })

  it('letterboxes a 4:3 projector with bars above and below', () => {
    const b = box(1024, 768)
    expect(b.scale).toBeCloseTo(1024 / 1920)
    expect(b.offsetX).toBe(0)
    expect(b.offsetY).toBe(Math.floor((768 - 576) / 2))
    expect(b.bottom).toBeLessThanOrEqual(768)
  })

  it('pillarboxes a 21:9 screen with bars left and right', () => {
    const b = box(2560, 1080)
    expect(b.scale).toBe(1)
    expect(b.offsetX).toBe(320)
    expect(b.right).toBe(2240)
  })

  it('keeps the stage inside odd-sized windows', () => {
    for (const [w, h] of [
      [1366, 768],
      [1536, 864],
      [1280, 1024],
      [801, 599],
      [3440, 1440],
    ] as const) {
      const b = box(w, h)
      expect(b.offsetX).toBeGreaterThanOrEqual(0)
      expect(b.offsetY).toBeGreaterThanOrEqual(0)
      expect(b.right).toBeLessThanOrEqual(w)
      expect(b.bottom).toBeLessThanOrEqual(h)
      expect(Number.isInteger(b.offsetX) && Number.isInteger(b.offsetY)).toBe(true)
    }
  })

  it('gives scale 0 for an empty window rather than NaN', () => {
    expect(stageFit(0, 0)).toEqual({ scale: 0, offsetX: 0, offsetY: 0 })
  })
})
