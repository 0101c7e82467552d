/**
 * When a form opens on a record (or switches to another), bring it into view and move focus to
 * its heading: on a phone it sits above a long table, and a keyboard or screen-reader user should
 * land where the editing happens.
 */
import { nextTick, onMounted, watch, type Ref, type WatchSource } from 'vue'

export function useRevealForm(heading: Ref<HTMLElement | undefined>, record: WatchSource<unknown>): void {
  async function reveal(): Promise<void> {
    await nextTick()
    const el = heading.value
    if (!el) return
    el.scrollIntoView?.({ block: 'nearest' })
    el.focus({ preventScroll: true })
  }
  onMounted(reveal)
  watch(record, (now, before) => {
    if (now !== before) void reveal()
  })
}
