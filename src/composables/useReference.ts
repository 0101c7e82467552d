import { getCurrentInstance, ref, shallowRef, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { CATEGORY_NAMES, localize, type BottleneckCategory, type Chain, type County, type Department } from '#contract'
import { fetchChains, fetchCounties, fetchDepartments } from '@/api/reference'
import type { ApiError } from '@/api/http'
import { i18n } from '@/i18n'
import { toApiError } from './useResource'

export interface Reference {
  chains: Ref<Chain[]>
  counties: Ref<County[]>
  departments: Ref<Department[]>
  isLoading: Ref<boolean>
  error: Ref<ApiError | undefined>
  chainName: (id: number) => string
  countyName: (code: string) => string
  departmentName: (id: number) => string
  categoryName: (c: BottleneckCategory) => string
}

// Reference data changes rarely: one copy per app, loaded by the first caller.
const chains = shallowRef<Chain[]>([])
const counties = shallowRef<County[]>([])
const departments = shallowRef<Department[]>([])
const isLoading = ref(false)
const error = shallowRef<ApiError | undefined>(undefined)
let loading: Promise<void> | undefined

async function load(): Promise<void> {
  isLoading.value = true
  error.value = undefined
  try {
    const [c, k, d] = await Promise.all([fetchChains(), fetchCounties(), fetchDepartments()])
    chains.value = c
    counties.value = k
    departments.value = d
  } catch (err) {
    error.value = toApiError(err)
    loading = undefined // let a later caller try again
  } finally {
    isLoading.value = false
  }
}

/** Reloads the reference data (after an error, or when an admin changed it). */
export function reloadReference(): Promise<void> {
  loading = load()
  return loading
}

/**
 * Chains, counties and departments, loaded once per app and shared, with name helpers that
 * answer in the current locale (and re-render when it changes). Unknown ids read as '#id'.
 */
export function useReference(): Reference {
  if (!loading) loading = load()
  // Inside a component, follow the i18n instance it renders with; elsewhere the app's.
  const locale = getCurrentInstance() ? useI18n().locale : i18n.global.locale
  const currentLocale = () => locale.value
  return {
    chains,
    counties,
    departments,
    isLoading,
    error,
    chainName: id => {
      const c = chains.value.find(x => x.id === id)
      return c ? localize(c.name, currentLocale()) : `#${id}`
    },
    countyName: code => {
      const c = counties.value.find(x => x.code === code)
      return c ? localize(c.name, currentLocale()) : code
    },
    departmentName: id => {
      const d = departments.value.find(x => x.id === id)
      return d ? localize(d.name, currentLocale()) : `#${id}`
    },
    categoryName: c => (CATEGORY_NAMES[c] ? localize(CATEGORY_NAMES[c], currentLocale()) : c),
  }
}
