import type { SlideDefinition } from '../../slideTypes'

/**
 * Declares a slide kind with its own data type and hands it to the player as a SlideDefinition.
 * The player only ever passes a slide's `load` result back to the same slide's component and
 * `describe`, so erasing the data type here is safe; this is the one place it happens.
 */
export function defineSlide<D>(definition: SlideDefinition<D>): SlideDefinition {
  return definition as unknown as SlideDefinition
}
