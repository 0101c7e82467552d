import { describe, expect, it, vi } from 'vitest'
import JSZip from 'jszip'
import { defineComponent } from 'vue'
import type { PlaylistBody, SlideFilter, SlideKind } from '#contract'
import { exportDeck, type DeckDependencies } from '@/components/present/deck/exportDeck'
import type { SlideDataContext, SlideDefinition } from '@/components/present/slideTypes'
import type { MessageKey } from '@/locales/messageKeys'

/** A 1×1 PNG: what the fake chart renderer hands back. */
const PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='),
  c => c.charCodeAt(0),
)

/** A fake slide kind whose data is a fixed number per chain, described as a KPI, a table and a chart. */
function fakeDefinition(
  kind: SlideKind,
  loads: { filter: SlideFilter; context: SlideDataContext }[],
): SlideDefinition<{ visits: number }> {
  return {
    kind,
    component: defineComponent({ render: () => null }),
    async load(filter, context) {
      loads.push({ filter, context })
      return { visits: 1000 + (filter.chainId ?? 0) * 111 }
    },
    describe: (data, filter, options, t) => ({
      // A made-up key: the fake `t` below echoes it with the slide's kind and chain.
      title: t('title' as MessageKey, { kind, chain: filter.chainId ?? 0 }),
      subtitle: options.masked ? 'masked' : 'named',
      kpis: [
        { label: '走访次数', value: String(data.visits) },
        { label: '办结率', value: '87.5%' },
      ],
      tables:
        kind === 'board'
          ? [
              {
                caption: '超期问题',
                head: ['问题', '天数'],
                rows: [
                  ['用地审批', '12'],
                  ['融资', '3'],
                ],
              },
            ]
          : [],
      charts:
        kind === 'overview'
          ? [{ caption: '月度趋势', option: { series: [{ type: 'bar', data: [data.visits] }] } }]
          : [],
    }),
  }
}

async function slidesOf(blob: Blob): Promise<string[]> {
  const zip = await JSZip.loadAsync(await blob.arrayBuffer())
  const names = Object.keys(zip.files)
    .filter(n => /^ppt\/slides\/slide\d+\.xml$/.test(n))
    .sort((a, b) => Number(a.match(/\d+/)![0]) - Number(b.match(/\d+/)![0]))
  return Promise.all(names.map(n => zip.file(n)!.async('string')))
}

const playlist = (over: Partial<PlaylistBody> = {}): PlaylistBody => ({
  name: '季度例会',
  slides: [
    { kind: 'overview', filter: {}, intervalSec: 20 },
    { kind: 'chain', filter: { chainId: 2 }, intervalSec: 20 },
    { kind: 'board', filter: { chainId: 5 }, intervalSec: 30 },
    { kind: 'chain', filter: { chainId: 3 }, intervalSec: 20 },
  ],
  mode: 'live',
  asOf: null,
  masked: false,
  watermark: false,
  ...over,
})

function fakes() {
  const loads: { filter: SlideFilter; context: SlideDataContext }[] = []
  const renderChart = vi.fn(async () => new Blob([PNG], { type: 'image/png' }))
  const loadDefinition = vi.fn(async (kind: SlideKind) => fakeDefinition(kind, loads) as SlideDefinition)
  const deps: DeckDependencies = { loadDefinition, renderChart }
  return { deps, loads, renderChart, loadDefinition }
}
const t = (key: string, named: Record<string, unknown> = {}) => `${key}:${String(named.kind)}:${String(named.chain)}`

describe('exportDeck', () => {
  it("makes a valid PPTX with one slide per playlist entry, in order, holding each slide's numbers as text", async () => {
    const { deps } = fakes()
    const slides = await slidesOf(await exportDeck(playlist(), { t, locale: 'zh-CN' }, deps))
    expect(slides).toHaveLength(4)
    expect(
      slides.map(x =>
        x
          .match(/title:(\w+):(\d+)/)
          ?.slice(1)
          .join(':'),
      ),
    ).toEqual(['overview:0', 'chain:2', 'board:5', 'chain:3'])
    expect(slides[0]).toContain('<a:t>1000</a:t>')
    expect(slides[1]).toContain('<a:t>1222</a:t>')
    expect(slides[3]).toContain('<a:t>1333</a:t>')
    expect(slides[2]).toContain('<a:t>用地审批</a:t>')
    expect(slides[2]).toContain('<a:t>12</a:t>')
  })

  it('draws charts as pictures and names a CJK font for the text', async () => {
    const { deps, renderChart } = fakes()
    const blob = await exportDeck(playlist(), { t, locale: 'zh-CN' }, deps)
    expect(renderChart).toHaveBeenCalledTimes(1)
    const zip = await JSZip.loadAsync(await blob.arrayBuffer())
    expect(Object.keys(zip.files).some(n => n.startsWith('ppt/media/') && n.endsWith('.png'))).toBe(true)
    const slides = await slidesOf(blob)
    expect(slides[0]).toContain('<p:pic>')
    expect(slides[0]).toContain('typeface="Microsoft YaHei"')
  })

  it('loads each kind once, and frozen playlists as of their date with masking passed on', async () => {
    const { deps, loads, loadDefinition } = fakes()
    const slides = await slidesOf(
      await exportDeck(playlist({ mode: 'frozen', asOf: '2026-03-31', masked: true }), { t, locale: 'ko-CN' }, deps),
    )
    expect(loadDefinition).toHaveBeenCalledTimes(3)
    expect(loads.map(l => l.context.asOf)).toEqual(['2026-03-31', '2026-03-31', '2026-03-31', '2026-03-31'])
    // The deck's data is asked for masked: the server answers with pseudonyms, not the browser.
    expect(loads.every(l => l.context.masked)).toBe(true)
    expect(loads.map(l => l.filter)).toEqual([{}, { chainId: 2 }, { chainId: 5 }, { chainId: 3 }])
    expect(slides.every(x => x.includes('<a:t>masked</a:t>'))).toBe(true)
    expect(slides[0]).toContain('typeface="Malgun Gothic"')
  })

  it('fails rather than hand out a deck with a slide missing', async () => {
    const { deps } = fakes()
    const broken: DeckDependencies = {
      ...deps,
      loadDefinition: async kind =>
        ({
          ...fakeDefinition(kind, []),
          load: async () => {
            throw new Error('offline')
          },
        }) as SlideDefinition,
    }
    await expect(exportDeck(playlist(), { t, locale: 'en' }, broken)).rejects.toThrow('offline')
  })

  it("watermarks every slide with the viewer's name, over the content, when the playlist asks for it", async () => {
    const { deps } = fakes()
    const slides = await slidesOf(
      await exportDeck(playlist({ watermark: true }), { t, locale: 'zh-CN', viewerName: '金明哲' }, deps),
    )
    expect(slides).toHaveLength(4)
    for (const xml of slides) {
      expect(xml).toContain('<a:t>金明哲</a:t>')
      // Drawn last, over the opaque boxes and tables, as the player draws it over the stage.
      const lastContent = Math.max(
        xml.lastIndexOf('<a:t>title:'),
        xml.lastIndexOf('<a:tbl>'),
        xml.lastIndexOf('<p:pic>'),
      )
      expect(xml.indexOf('<a:t>金明哲</a:t>')).toBeGreaterThan(lastContent)
    }
  })

  it('leaves the name out when the playlist has no watermark, or there is no viewer to name', async () => {
    const { deps } = fakes()
    const unmarked = await slidesOf(
      await exportDeck(playlist({ watermark: false }), { t, locale: 'zh-CN', viewerName: '金明哲' }, deps),
    )
    expect(unmarked.some(xml => xml.includes('金明哲'))).toBe(false)
    const anonymous = await slidesOf(await exportDeck(playlist({ watermark: true }), { t, locale: 'zh-CN' }, deps))
    expect(anonymous.some(xml => xml.includes('Watermark'))).toBe(false)
  })

  it('keeps a table too long for its slide on that slide and says how many rows it leaves out', async () => {
    const rows = Array.from({ length: 60 }, (_, i) => [`企业${i}`, String(i)])
    const long: SlideDefinition = {
      ...fakeDefinition('board', []),
      describe: () => ({
        title: 'long',
        kpis: [],
        charts: [],
        tables: [{ caption: '全部问题', head: ['企业', '天数'], rows }],
      }),
    } as SlideDefinition
    const more = (key: string, named: Record<string, unknown> = {}) =>
      key === 'present.slides.common.moreRows' ? `还有${String(named.n)}行` : key
    const slides = await slidesOf(
      await exportDeck(
        playlist({ slides: [{ kind: 'board', filter: {}, intervalSec: 20 }] }),
        { t: more, locale: 'zh-CN' },
        { ...fakes().deps, loadDefinition: async () => long },
      ),
    )
    expect(slides).toHaveLength(1)
    const texts = [...slides[0]!.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map(m => m[1]!)
    const shown = texts.filter(x => /^企业\d+$/.test(x))
    const note = texts.find(x => x.startsWith('还有'))
    const hidden = Number(note?.match(/^还有(\d+)行$/)?.[1])
    expect(shown.length).toBeGreaterThan(10)
    expect(hidden).toBeGreaterThan(0)
    expect(shown.length + hidden).toBe(60)
    // The rows shown are the first ones, in order, and the note comes after the last of them.
    expect(shown).toEqual(rows.slice(0, shown.length).map(r => r[0]))
    expect(texts.indexOf(note!)).toBeGreaterThan(texts.indexOf(shown.at(-1)!))
  })
})
