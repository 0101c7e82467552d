/**
 * The presentation stage is laid out once, at 1920×1080, and scaled as a whole to the window:
 * every slide is designed for one size, and text and SVG charts stay crisp because the browser
 * re-rasterises them at the scaled size (a scaled canvas would blur).
 */
import { onBeforeUnmount, onMounted, shallowRef, type Ref } from 'vue'

export const STAGE_WIDTH = 1920
export const STAGE_HEIGHT = 1080

/** Where the stage sits in a viewport: its scale and the letterbox offsets, in CSS pixels. */
export interface StageFit {
  scale: number
  /** Left edge of the scaled stage (whole pixels, so text does not land on half pixels). */
  offsetX: number
  /** Top edge of the scaled stage. */
  offsetY: number
}

/**
 * The largest scale at which the 16:9 stage fits inside `viewWidth`×`viewHeight`, centred, with
 * black bars left and right (21:9) or above and below (4:3). An empty viewport gives scale 0.
 */
export function stageFit(viewWidth: number, viewHeight: number): StageFit {
  const w = Math.max(0, viewWidth)
  const h = Math.max(0, viewHeight)
  const scale = Math.min(w / STAGE_WIDTH, h / STAGE_HEIGHT)
  return {
    scale,
    offsetX: Math.floor((w - STAGE_WIDTH * scale) / 2),
    offsetY: Math.floor((h - STAGE_HEIGHT * scale) / 2),
  }
}

/** The fit of the stage inside `frame`, kept current as the element is resized (window, full screen). */
export function usePresentStage(frame: Ref<HTMLElement | null | undefined>): Ref<StageFit> {
  const fit = shallowRef<StageFit>(stageFit(STAGE_WIDTH, STAGE_HEIGHT))
  let observer: ResizeObserver | undefined
  const measure = () => {
    const el = frame.value
    if (el) fit.value = stageFit(el.clientWidth, el.clientHeight)
  }
  onMounted(() => {
    measure()
    observer = new ResizeObserver(measure)
    if (frame.value) observer.observe(frame.value)
  })
  onBeforeUnmount(() => observer?.disconnect())
  return fit
}
