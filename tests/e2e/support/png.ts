/**
 * A downloaded PNG decoded by the browser itself (an <img> drawn into a canvas), for tests that
 * look at the pixels of an exported chart.
 */
import type { Page } from 'playwright-core'

export interface PixelBox {
  x: number
  y: number
  width: number
  height: number
}

/**
 * The RGBA bytes of a box of the PNG (all of it by default), row by row. They cross from the page
 * as base64: a JSON array of a few million numbers takes the browser tens of seconds.
 */
export async function pngPixels(page: Page, png: Buffer, box?: PixelBox): Promise<Buffer> {
  const b64 = await page.evaluate(
    async ({ source, box }) => {
      const img = new Image()
      img.src = `data:image/png;base64,${source}`
      await img.decode()
      const c = document.createElement('canvas')
      c.width = img.width
      c.height = img.height
      const ctx = c.getContext('2d')!
      ctx.drawImage(img, 0, 0)
      const { x, y, width, height } = box ?? { x: 0, y: 0, width: c.width, height: c.height }
      const bytes = ctx.getImageData(x, y, width, height).data
      let binary = ''
      for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
      return btoa(binary)
    },
    { source: png.toString('base64'), box },
  )
  return Buffer.from(b64, 'base64')
}
