import { beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import type { DisplayLink, Locale } from '#contract'
import { ApiError } from '@/api/http'
import { i18n, loadNamespaces, setI18nLocale } from '@/i18n'
import DisplayLinksPanel from '@/components/present/DisplayLinksPanel.vue'

const fetchDisplayLinks = vi.fn()
const createDisplayLink = vi.fn()
const revokeDisplayLink = vi.fn()
const reissueDisplayLink = vi.fn()
vi.mock('@/api/displayLinks', () => ({
  fetchDisplayLinks: (id: number) => fetchDisplayLinks(id),
  createDisplayLink: (req: unknown, key?: string) => createDisplayLink(req, key),
  revokeDisplayLink: (id: number) => revokeDisplayLink(id),
  reissueDisplayLink: (id: number) => reissueDisplayLink(id),
}))

const lobby: DisplayLink = {
  id: 1,
  playlistId: 5,
  label: 'Lobby',
  createdBy: '链长',
  createdAt: '2026-06-30T10:00:00.000+08:00',
  revokedAt: null,
  playlistVersion: 2,
}
const TOKEN = 'a'.repeat(43)

async function mountPanel(locale: Locale = 'en', playlistVersion = 2) {
  await loadNamespaces(['present'])
  await setI18nLocale(locale)
  const wrapper = mount(DisplayLinksPanel, {
    props: { playlistId: 5, playlistVersion },
    global: { plugins: [i18n] },
    attachTo: document.body,
  })
  await flushPromises()
  return wrapper
}

describe('DisplayLinksPanel', () => {
  beforeEach(() => {
    fetchDisplayLinks.mockReset().mockResolvedValue([lobby])
    createDisplayLink.mockReset()
    revokeDisplayLink.mockReset()
    reissueDisplayLink.mockReset()
  })

  it("lists the playlist's links with who created them and whether they still work", async () => {
    const w = await mountPanel()
    expect(fetchDisplayLinks).toHaveBeenCalledWith(5)
    const row = w.find('[data-link-id="1"]')
    expect(row.text()).toContain('Lobby')
    expect(row.text()).toContain('链长')
    expect(row.text()).toContain('Active')
    w.unmount()
  })

  it('asks for a screen name before sending anything, on a labelled field', async () => {
    const w = await mountPanel()
    expect(w.find('label[for="display-link-label"]').text()).toBe('Screen name')
    await w.find('form').trigger('submit')
    await flushPromises()
    expect(createDisplayLink).not.toHaveBeenCalled()
    expect(w.find('#display-link-label').attributes('aria-invalid')).toBe('true')
    expect(w.find('#display-link-label-error').text()).toBe('Enter a name for the screen.')
    w.unmount()
  })

  it("shows the new link's full address once, with a copy button and the warning that it will not be shown again", async () => {
    createDisplayLink.mockResolvedValue({ ...lobby, id: 2, label: 'Hall', token: TOKEN })
    const w = await mountPanel()
    await w.find('#display-link-label').setValue('  Hall ')
    await w.find('form').trigger('submit')
    await flushPromises()
    expect(createDisplayLink).toHaveBeenCalledWith({ playlistId: 5, label: 'Hall' }, expect.any(String))
    const url = w.find<HTMLInputElement>('[data-testid="display-link-url"]')
    expect(url.element.value).toBe(`${location.origin}/display/${TOKEN}`)
    expect(w.text()).toContain('this link will not be shown again')
    expect(w.find('[data-link-id="2"]').text()).not.toContain(TOKEN)
    await w.find('[data-testid="display-link-created"] button.btn:not(.btn-primary)').trigger('click')
    expect(w.find('[data-testid="display-link-url"]').exists()).toBe(false)
    expect(w.text()).not.toContain(TOKEN)
    w.unmount()
  })

  it('retries a failed create with the same Idempotency-Key, so a lost answer never makes two links', async () => {
    createDisplayLink
      .mockRejectedValueOnce(new ApiError(0, 'network_error', 'down'))
      .mockResolvedValue({ ...lobby, id: 2, token: TOKEN })
    const w = await mountPanel()
    await w.find('#display-link-label').setValue('Hall')
    await w.find('form').trigger('submit')
    await flushPromises()
    expect(w.find('[data-testid="display-links-error"]').text()).toBe('The server cannot be reached. Try again.')
    await w.find('form').trigger('submit')
    await flushPromises()
    const keys = createDisplayLink.mock.calls.map(([, key]) => key as string)
    expect(keys).toHaveLength(2)
    expect(keys[1]).toBe(keys[0])
    w.unmount()
  })

  it('revokes only after a confirmation, then shows the link as revoked', async () => {
    revokeDisplayLink.mockResolvedValue({ ...lobby, revokedAt: '2026-06-30T11:00:00.000+08:00' })
    const w = await mountPanel()
    const revoke = w.find('[data-revoke="1"]')
    expect(revoke.attributes('aria-label')).toBe('Revoke the link “Lobby”')
    await revoke.trigger('click')
    await flushPromises()
    expect(revokeDisplayLink).not.toHaveBeenCalled()
    expect(document.activeElement?.getAttribute('data-confirm')).toBe('1')
    await w.find('[data-confirm="1"]').trigger('click')
    await flushPromises()
    expect(revokeDisplayLink).toHaveBeenCalledWith(1)
    expect(w.find('[data-link-id="1"]').text()).toContain('Revoked')
    expect(w.find('[data-revoke="1"]').exists()).toBe(false)
    w.unmount()
  })

  it("says what went wrong in the reader's language", async () => {
    revokeDisplayLink.mockRejectedValue(
      new ApiError(403, 'forbidden', "only an admin or the link's creator may revoke it"),
    )
    const w = await mountPanel('ko-CN')
    await w.find('[data-revoke="1"]').trigger('click')
    await flushPromises()
    await w.find('[data-confirm="1"]').trigger('click')
    await flushPromises()
    expect(w.find('[data-testid="display-links-error"]').text()).toBe('이 작업을 할 권한이 없습니다.')
    w.unmount()
  })

  it('says nothing about versions while every live link shows the playlist as saved', async () => {
    const w = await mountPanel('en', 2)
    expect(w.find('[data-testid="display-links-stale"]').exists()).toBe(false)
    expect(w.find('[data-testid="display-link-old"]').exists()).toBe(false)
    w.unmount()
  })

  it('after a save, says how many live links show the old version and updates them with one button', async () => {
    const revoked = {
      ...lobby,
      id: 3,
      label: 'Old hall',
      revokedAt: '2026-06-30T11:00:00.000+08:00',
      playlistVersion: 1,
    }
    fetchDisplayLinks.mockResolvedValue([lobby, { ...lobby, id: 2, label: 'Hall' }, revoked])
    reissueDisplayLink.mockImplementation(async (id: number) => ({
      ...lobby,
      id,
      label: id === 1 ? 'Lobby' : 'Hall',
      playlistVersion: 3,
    }))
    const w = await mountPanel('en', 3)
    expect(w.find('[data-testid="display-links-stale"]').text()).toContain('older version of this playlist: 2')
    expect(w.findAll('[data-testid="display-link-old"]')).toHaveLength(2)
    await w.find('[data-testid="display-links-update"]').trigger('click')
    await flushPromises()
    expect(reissueDisplayLink.mock.calls).toEqual([[1], [2]])
    expect(w.find('[data-testid="display-links-stale"]').exists()).toBe(false)
    expect(w.find('[data-testid="display-links-updated"]').text()).toBe(
      'The display links now show the playlist as saved.',
    )
    expect(w.find('[data-testid="display-link-old"]').exists()).toBe(false)
    w.unmount()
  })

  it("says so in the reader's language when an update is refused, keeping the note", async () => {
    reissueDisplayLink.mockRejectedValue(new ApiError(403, 'forbidden', 'no'))
    const w = await mountPanel('zh-CN', 3)
    expect(w.find('[data-testid="display-links-stale"]').text()).toContain('1 个')
    await w.find('[data-testid="display-links-update"]').trigger('click')
    await flushPromises()
    expect(w.find('[data-testid="display-links-stale"] [role="alert"]').text()).toBe('您无权执行此操作。')
    w.unmount()
  })
})
