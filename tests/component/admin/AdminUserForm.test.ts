import { beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import type { AdminUser } from '#contract'
import { ApiError } from '@/api/http'
import { i18n, loadNamespaces, setI18nLocale } from '@/i18n'
import AdminUserForm from '@/components/admin/AdminUserForm.vue'

const createAdminUser = vi.fn()
const patchAdminUser = vi.fn()
vi.mock('@/api/admin', () => ({
  createAdminUser: (body: unknown) => createAdminUser(body),
  patchAdminUser: (id: number, body: unknown) => patchAdminUser(id, body),
}))
vi.mock('@/api/reference', () => ({
  fetchChains: () =>
    Promise.resolve(
      [1, 2].map(id => ({
        id,
        code: `c${id}`,
        name: { zh: `链${id}`, ko: `사슬${id}`, en: `Chain ${id}` },
        tags: [],
        cppccLeaders: [],
        govCoLeader: { name: '', title: { zh: '', ko: '', en: '' } },
        leadUnit: { zh: '', ko: '', en: '' },
        segments: [],
        targets: [],
        enterpriseCount: 0,
      })),
    ),
  fetchCounties: () => Promise.resolve([]),
  fetchDepartments: () =>
    Promise.resolve([
      { id: 7, code: 'fgw', name: { zh: '州发改委', ko: '주발개위', en: 'NDRC' }, verticallyManaged: false },
    ]),
}))

const liaison: AdminUser = {
  id: 2,
  username: 'liaison',
  displayName: '联络员',
  role: 'liaison',
  chainIds: [1],
  departmentId: null,
  active: true,
  version: 3,
}

async function mountForm(user: AdminUser | null) {
  await loadNamespaces(['admin'])
  await setI18nLocale('en')
  const wrapper = mount(AdminUserForm, { props: { user }, global: { plugins: [i18n] }, attachTo: document.body })
  await flushPromises()
  return wrapper
}

describe('AdminUserForm', () => {
  beforeEach(() => {
    createAdminUser.mockReset()
    patchAdminUser.mockReset()
  })

  it("names each bad field from the contract's rules without sending anything", async () => {
    const w = await mountForm(null)
    await w.find('#user-username').setValue('no spaces allowed')
    await w.find('#user-password').setValue('short')
    await w.find('form').trigger('submit')
    await flushPromises()
    expect(createAdminUser).not.toHaveBeenCalled()
    expect(w.find('[data-field-error="user-username"]').text()).toBe('The format is not valid.')
    expect(w.find('[data-field-error="user-display-name"]').text()).toBe('Required.')
    expect(w.find('[data-field-error="user-password"]').text()).toBe('At least 10 characters.')
    expect(w.text()).toContain('A leader or liaison needs at least one chain.')
    w.unmount()
  })

  it('asks for chains only for leaders and liaisons, and for a department only for department users', async () => {
    const w = await mountForm(null)
    expect(w.findAll('input[type="checkbox"]')).toHaveLength(2)
    await w.find('#user-role').setValue('department')
    expect(w.findAll('input[type="checkbox"]')).toHaveLength(0)
    expect(w.find('#user-department').exists()).toBe(true)
    await w.find('#user-role').setValue('viewer')
    expect(w.find('#user-department').exists()).toBe(false)
    w.unmount()
  })

  it("sends the edit with the record's version and shows the server's field error in the reader's language", async () => {
    patchAdminUser.mockRejectedValue(
      new ApiError(400, 'validation_failed', 'invalid', { role: 'you cannot take the admin role from yourself' }),
    )
    const w = await mountForm(liaison)
    await w.find('#user-display-name').setValue('联络员甲')
    await w.find('form').trigger('submit')
    await flushPromises()
    expect(patchAdminUser).toHaveBeenCalledWith(2, {
      version: 3,
      displayName: '联络员甲',
      role: 'liaison',
      chainIds: [1],
      departmentId: null,
    })
    expect(w.find('[data-field-error="user-role"]').text()).toBe('You cannot do this to your own account.')
    expect((w.find('#user-display-name').element as HTMLInputElement).value).toBe('联络员甲')
    w.unmount()
  })

  it('says so when someone else saved first, and keeps what was typed until the record reloads', async () => {
    patchAdminUser.mockRejectedValue(new ApiError(409, 'stale_version', 'stale'))
    const w = await mountForm(liaison)
    await w.find('#user-display-name').setValue('新名字')
    await w.find('form').trigger('submit')
    await flushPromises()
    expect(w.find('[data-testid="admin-form-status"]').text()).toContain('Someone else saved this record')
    expect(w.emitted('stale')).toHaveLength(1)
    w.unmount()
  })
})
