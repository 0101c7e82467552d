/**
 * Mounts the visit form as a signed-in user, with the API modules it calls replaced by the
 * mocks of the test file, a memory router holding the pages it leads to, and English messages.
 */
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { createMemoryHistory, createRouter, type Router } from 'vue-router'
import { createI18n } from 'vue-i18n'
import type { Enterprise, SessionUser } from '#contract'
import { messages } from '@/locales'
import { useSessionStore } from '@/stores/session'
import VisitFormEditor from '@/components/visitForm/VisitFormEditor.vue'

export const LIAISON: SessionUser = {
  id: 3,
  username: 'liaison',
  displayName: '金联络',
  role: 'liaison',
  chainIds: [1],
  departmentId: null,
}

export const CHAINS = [1, 2].map(id => ({ id, name: { zh: `链${id}`, ko: `사슬${id}`, en: `Chain ${id}` } }))

export function enterpriseFixture(id: number): Enterprise {
  return {
    id,
    creditCode: `91222400MA00000${String(id).padStart(3, '0')}`,
    name: { zh: `图们企业${id}`, ko: `도문기업${id}`, en: `Tumen Works ${id}` },
    county: 'tumen',
    chains: [{ chainId: 1, segmentId: 1 }],
    anchor: false,
    aboveScale: true,
    contact: { name: '', phone: '' },
    liaisonId: null,
  }
}

export interface Mounted {
  wrapper: VueWrapper
  router: Router
}

export async function mountVisitForm(visitId: number | null = null, user: SessionUser = LIAISON): Promise<Mounted> {
  const page = { render: () => null }
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/visits', name: 'visits', component: page },
      { path: '/visits/new', name: 'visit-new', component: page },
      { path: '/visits/:id', name: 'visit', component: page },
    ],
  })
  await router.push('/visits/new')
  const pinia = createPinia()
  useSessionStore(pinia).user = user
  const i18n = createI18n({ legacy: false, locale: 'en', messages, missingWarn: false, fallbackWarn: false })
  const wrapper = mount(VisitFormEditor, {
    props: { visitId },
    global: { plugins: [router, pinia, i18n] },
    attachTo: document.body,
  })
  await flushPromises()
  return { wrapper, router }
}

/** Fills a valid visit: one enterprise found by search, a summary, one order and one bottleneck. */
export async function fillVisit(w: VueWrapper): Promise<void> {
  await w.find('#visit-enterprise-search').setValue('Tumen')
  await w.find('#visit-enterprise-search').trigger('keydown', { key: 'Enter' })
  await flushPromises()
  await w.find('[data-testid="enterprise-option-7"]').trigger('click')
  await w.find('#visit-participants').setValue('金明哲\n李华')
  await w.find('#visit-summary').setValue('Talked about export orders.')
  await w.find('#visit-outcome-add').trigger('click')
  await w.find('#visit-outcome-0-amount').setValue('1,250,000')
  await w.find('#visit-outcome-0-description').setValue('Order for rail parts')
  await w.find('#visit-bottleneck-add').trigger('click')
  await w.find('#visit-bottleneck-0-category').setValue('financing')
  await w.find('#visit-bottleneck-0-title').setValue('Working capital loans are slow')
  await w.find('#visit-bottleneck-0-description').setValue('Approval takes three months.')
}

export async function submit(w: VueWrapper): Promise<void> {
  await w.find('form').trigger('submit')
  await flushPromises()
}
