import { ref, type Ref } from 'vue'
import { loadNamespaces } from '@/i18n'

/**
 * Loads the `workflow` messages for pages whose route does not list them (the detail pages are
 * list routes): true once they are there, so workflow controls never flash raw keys.
 */
export function useWorkflowMessages(): Ref<boolean> {
  const ready = ref(false)
  loadNamespaces(['workflow']).then(
    () => {
      ready.value = true
    },
    () => {
      ready.value = true
    },
  )
  return ready
}
