import type { InjectionKey } from 'vue'

/**
 * Provided as true where stage charts are drawn for paper (the PDF handout): they draw their final
 * frame at once, without ECharts' entry animation, so a print taken right away shows whole bars,
 * and in paper colours (paperTheme.ts; SlideFrame switches the slides' CSS colours alike).
 */
export const STAGE_STILL: InjectionKey<boolean> = Symbol('stage-still')
