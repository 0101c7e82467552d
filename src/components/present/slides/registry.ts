/**
 * The slide kinds, each in its own lazy chunk. The player loads every kind a playlist uses when it
 * opens, so a slide never waits for its code (or fails to load it) in the middle of a meeting.
 */
import type { SlideKind } from '#contract'
import type { SlideDefinition } from '../slideTypes'

const loaders: Record<SlideKind, () => Promise<{ default: SlideDefinition }>> = {
  overview: () => import('./overview/overviewSlide'),
  chain: () => import('./chain/chainSlide'),
  board: () => import('./board/boardSlide'),
  pipeline: () => import('./pipeline/pipelineSlide'),
  map: () => import('./map/mapSlide'),
}

/** One slide kind's definition (component, data loader, deck description). */
export async function loadSlideDefinition(kind: SlideKind): Promise<SlideDefinition> {
  return (await loaders[kind]()).default
}

/** The definitions of these kinds (each loaded once), keyed by kind. */
export async function loadAllSlideDefinitions(kinds: readonly SlideKind[]): Promise<Map<SlideKind, SlideDefinition>> {
  const unique = [...new Set(kinds)]
  const definitions = await Promise.all(unique.map(loadSlideDefinition))
  return new Map(unique.map((kind, i) => [kind, definitions[i]!]))
}
