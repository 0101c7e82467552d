/**
 * The data of every slide of a playlist at once, for the PDF handout: each slide kind's code and
 * each slide's numbers, loaded as the player would (live: to today; frozen: as of the playlist's
 * day). All or nothing — a handout with a missing page is no handout — with a retry.
 */
import { ref, shallowRef, type Ref, type ShallowRef } from 'vue'
import type { PlaylistBody, SlideKind } from '#contract'
import { loadAllSlideDefinitions } from '@/components/present/slides/registry'
import type { SlideDefinition } from '@/components/present/slideTypes'

export type HandoutStatus = 'loading' | 'ready' | 'failed'

export interface PresentHandout {
  status: Ref<HandoutStatus>
  definitions: ShallowRef<Map<SlideKind, SlideDefinition> | undefined>
  /** One entry per slide, in order, once ready. */
  data: ShallowRef<unknown[]>
  load: () => Promise<void>
}

/**
 * A loader for one playlist's handout. Not a composable: the playlist may arrive after setup (a
 * saved one is fetched), so the view makes the loader when it has the body; it holds refs only.
 */
export function createHandoutLoader(body: PlaylistBody): PresentHandout {
  const status = ref<HandoutStatus>('loading')
  const definitions = shallowRef<Map<SlideKind, SlideDefinition>>()
  const data = shallowRef<unknown[]>([])
  const asOf = body.mode === 'frozen' ? body.asOf : null

  async function load(): Promise<void> {
    status.value = 'loading'
    try {
      const defs = await loadAllSlideDefinitions(body.slides.map(s => s.kind))
      data.value = await Promise.all(
        body.slides.map(s => defs.get(s.kind)!.load(s.filter, { asOf, masked: body.masked })),
      )
      definitions.value = defs
      status.value = 'ready'
    } catch {
      status.value = 'failed'
    }
  }
  return { status, definitions, data, load }
}
