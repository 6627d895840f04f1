import { initWasm, Resvg } from '@resvg/resvg-wasm'
import wasmUrl from '@resvg/resvg-wasm/index_bg.wasm?url'
import satori from 'satori'

import { read } from '$app/server'
import bold from './fonts/inter-latin-700-normal.woff?url'
import regular from './fonts/inter-latin-400-normal.woff?url'

/** What a share card says: the page's title, a line under it, and its key figure if any. */
export type ShareCard = {
  kicker: string
  title: string
  subtitle: string
  figure: string | null
  footer: string
}

export const CARD = { width: 1200, height: 630 }

// The fonts ship in the repository (Inter, SIL OFL: fonts/OFL-LICENSE.txt); the rasteriser is
// resvg's WebAssembly build, so the site's server bundle needs no native module.
let setup: Promise<{ name: string; data: ArrayBuffer; weight: 400 | 700 }[]> | null = null
const load = (url: string) => read(url).arrayBuffer()

function fonts() {
  setup ??= (async () => {
    await initWasm(await load(wasmUrl))
    return [
      { name: 'Inter', data: await load(regular), weight: 400 as const },
      { name: 'Inter', data: await load(bold), weight: 700 as const },
    ]
  })()
  return setup
}

type Node = { type: string; props: { style?: Record<string, unknown>; children?: unknown } }
const el = (type: string, style: Record<string, unknown>, children?: unknown): Node => ({
  type,
  props: { style, children },
})

/** A 1200×630 PNG: satori lays the card out as SVG, resvg rasterises it. */
export async function renderShareCard(card: ShareCard): Promise<Uint8Array> {
  const tree = el(
    'div',
    {
      ...CARD,
      // The padding is inside the 1200×630 (satori's default box would overflow the card).
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: '64px 72px',
      // Flat colours keep the PNG small (a gradient made it ~190 kB; cards stay in memory).
      background: '#14214f',
      borderLeft: '16px solid #4f7bff',
      color: '#ffffff',
      fontFamily: 'Inter',
    },
    [
      el('div', { fontSize: 30, fontWeight: 700, color: '#b9ccff' }, card.kicker),
      el('div', { display: 'flex', flexDirection: 'column' }, [
        el('div', { fontSize: 68, fontWeight: 700, lineHeight: 1.1 }, card.title),
        el(
          'div',
          { fontSize: 32, marginTop: 20, color: '#dbe5ff', lineHeight: 1.3 },
          card.subtitle,
        ),
        ...(card.figure
          ? [el('div', { fontSize: 64, fontWeight: 700, marginTop: 28 }, card.figure)]
          : []),
      ]),
      el('div', { fontSize: 26, color: '#b9ccff' }, card.footer),
    ],
  )
  const svg = await satori(tree as never, { ...CARD, fonts: await fonts() })
  return new Resvg(svg, { fitTo: { mode: 'width', value: CARD.width } }).render().asPng()
}
