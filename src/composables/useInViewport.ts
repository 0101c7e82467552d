import { onBeforeUnmount, onMounted, ref, type Ref } from 'vue'

/**
 * Becomes true once the element comes within `margin` of the viewport, and stays true. Charts
 * use it to initialise the visible ones first and the rest as the reader scrolls.
 */
export function useInViewport(el: Ref<HTMLElement | undefined>, margin = '200px'): Ref<boolean> {
  const seen = ref(false)
  let observer: IntersectionObserver | undefined
  onMounted(() => {
    if (typeof IntersectionObserver === 'undefined' || !el.value) {
      seen.value = true
      return
    }
    observer = new IntersectionObserver(
      entries => {
        if (entries.some(e => e.isIntersecting)) {
          seen.value = true
          observer?.disconnect()
        }
      },
      { rootMargin: margin },
    )
    observer.observe(el.value)
  })
  onBeforeUnmount(() => observer?.disconnect())
  return seen
}
