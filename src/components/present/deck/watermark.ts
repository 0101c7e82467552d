/**
 * The deck's copy of the player's watermark (SlideWatermark.vue): the viewer's name repeated
 * diagonally across the slide in faint white, so a deck passed on still says whose it was. It is
 * added last, over the content as on the stage: behind, the opaque KPI boxes, tables and charts
 * would hide nearly all of it. It stays text, 91 % transparent, so the numbers read through it.
 */
import type { Slide } from './pptxTypes'

/** Where each copy of the name goes, in inches; rows are staggered like the player's pattern. */
export interface WatermarkPlacement {
  x: number
  y: number
  w: number
  h: number
}

/** One copy's box, and the distance between copies across and down (inches). */
const COPY = { w: 4.2, h: 0.7, across: 4.4, down: 1.75 }
/** The player turns its pattern 24° anticlockwise; PowerPoint measures clockwise from 0 to 359. */
const ROTATE = 360 - 24
/** The player's 34 px on its 1920 px stage, on a 13.33 in slide. */
const FONT_SIZE = 18
/** The player draws the name at 9 % opacity. */
const TRANSPARENCY = 91

/** Copies of the name covering a `width`×`height` inch slide, starting off its edges so the corners are covered too. */
export function watermarkPlacements(width: number, height: number): WatermarkPlacement[] {
  const placements: WatermarkPlacement[] = []
  for (let row = 0, y = -0.2; y < height; row++, y += COPY.down) {
    for (let x = row % 2 === 0 ? -1.2 : -1.2 + COPY.across / 2; x < width; x += COPY.across)
      placements.push({ x, y, w: COPY.w, h: COPY.h })
  }
  return placements
}

/** Draws the watermark on a slide; call it last, so it lies over everything else. */
export function addWatermark(slide: Slide, name: string, font: string, width: number, height: number): void {
  for (const box of watermarkPlacements(width, height)) {
    slide.addText(name, {
      ...box,
      fontFace: font,
      fontSize: FONT_SIZE,
      color: 'FFFFFF',
      transparency: TRANSPARENCY,
      rotate: ROTATE,
      align: 'center',
      valign: 'middle',
      margin: 0,
      wrap: false,
      objectName: 'Watermark',
    })
  }
}
