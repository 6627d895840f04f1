import { expect, test, type Page } from '@playwright/test'

import { cms } from './helpers'

/** Pages with charts, and what each shows. */
const CHART_PAGES = ['/', '/salaries', '/career-path', '/career-path/mlops-engineer']

/** Every salary chart of the page: the texts of its ticks ("$100k" ...) and its rows. */
const salaryCharts = (page: Page) =>
  page.locator('svg[aria-labelledby]').evaluateAll((svgs) =>
    svgs
      .map((svg) => ({
        id: svg.getAttribute('aria-labelledby'),
        ticks: [...svg.querySelectorAll('text.tick')].map((t) => t.textContent),
        width: svg.getBoundingClientRect().width,
      }))
      .filter((c) => c.ticks[0]?.startsWith('$')),
  )

test('every salary chart on a page uses one scale', async ({ page }) => {
  for (const path of CHART_PAGES) {
    await page.goto(path)
    const charts = await salaryCharts(page)
    expect(charts.length, path).toBeGreaterThan(0)
    for (const chart of charts) expect(chart.ticks, `${path} ${chart.id}`).toEqual(charts[0]!.ticks)
  }
  // /salaries has both: bands and roles, on the same dollars.
  await page.goto('/salaries')
  expect((await salaryCharts(page)).length).toBe(2)
})

test("the guide's own role stands out in the role charts", async ({ page }) => {
  const roles = (await cms('GET', '/roles?limit=100')).body.docs
  for (const [path, chart] of [
    ['/', '#comparison svg'],
    ['/salaries', '#roles svg'],
  ]) {
    await page.goto(path!)
    const rows = await page.locator(`${chart} g`).evaluateAll((gs) =>
      gs
        .filter((g) => g.querySelector('rect.bar'))
        .map((g) => ({
          label: g.querySelector('text.label')!.textContent,
          fill: getComputedStyle(g.querySelector('rect.bar')!).fill,
          weight: getComputedStyle(g.querySelector('text.label')!).fontWeight,
        })),
    )
    expect(rows.map((r) => r.label)).toEqual(roles.map((r: any) => r.name))
    const mlops = rows.find((r) => r.label === 'MLOps')!
    for (const other of rows.filter((r) => r !== mlops)) {
      expect(other.fill, path).not.toBe(mlops.fill)
      expect(Number(mlops.weight)).toBeGreaterThan(Number(other.weight))
    }
  }
})

/** WCAG contrast ratio of two CSS colours "rgb(r, g, b)". */
function contrast(a: string, b: string) {
  const lum = (c: string) => {
    const [r, g, bl] = c
      .match(/[\d.]+/g)!
      .slice(0, 3)
      .map(Number) as [number, number, number]
    const lin = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(bl)
  }
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number]
  return (hi + 0.05) / (lo + 0.05)
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`every mark of every chart has 3:1 contrast or more against the page (${colorScheme})`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ colorScheme })
    const page = await context.newPage()
    const low: string[] = []
    for (const path of CHART_PAGES) {
      await page.goto(path)
      const marks = await page
        .locator('svg[aria-labelledby] :is(rect.bar, line.open, marker path)')
        .evaluateAll((els) =>
          els.map((el) => {
            const style = getComputedStyle(el)
            const colour = el.tagName === 'line' ? style.stroke : style.fill
            // The background the chart sits on: its nearest ancestor that paints one.
            let node: Element | null = el.closest('svg')
            let background = 'rgb(255, 255, 255)'
            while (node) {
              const bg = getComputedStyle(node).backgroundColor
              if (bg && bg !== 'rgba(0, 0, 0, 0)' && bg !== 'transparent') {
                background = bg
                break
              }
              node = node.parentElement
            }
            return { what: `${el.tagName}.${el.getAttribute('class')}`, colour, background }
          }),
        )
      expect(marks.length, path).toBeGreaterThan(0)
      for (const m of marks) {
        const ratio = contrast(m.colour, m.background)
        if (ratio < 3) low.push(`${path} ${m.what}: ${m.colour} on ${m.background} = ${ratio}`)
      }
    }
    expect(low).toEqual([])
    await context.close()
  })
}

test('a stage page shows the stage within the whole path, on the years and on the pay', async ({
  page,
}) => {
  const stages = (await cms('GET', '/career-stages?limit=100')).body.docs
  for (const stage of stages) {
    await page.goto(`/career-path/${stage.slug}`)
    const path = page.locator('.on-path')
    for (const chart of ['#stage-path-title', '#stage-pay-title']) {
      const svg = path.locator(`svg:has(${chart})`)
      await expect(svg.locator('g:has(rect.bar)'), chart).toHaveCount(stages.length)
      await expect(svg.locator('g.highlight'), chart).toHaveCount(1)
      await expect(svg.locator('g.highlight text.label')).toContainText(stage.title)
    }
  }
})
