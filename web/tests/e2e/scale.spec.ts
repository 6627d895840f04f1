import { expect, test } from '@playwright/test'

import { publishAtScale, startTestStack, type TestStack } from '@mlops-guide/stack'

/**
 * Nothing is dropped at scale: on a stack of its own (the other tests keep the guide's own
 * content), editors publish 1,000 tools, 250 companies and 100 FAQs through the API, and
 * every one of them reaches readers: listed, linked, and with a page where it has one.
 */
test.describe.configure({ mode: 'serial', timeout: 900_000 })

let stack: TestStack

test.beforeAll(async () => {
  test.setTimeout(300_000)
  stack = await startTestStack({ web: true, env: { RATE_LIMIT_ANONYMOUS: '1000000' } })
})

test.afterAll(async () => {
  await stack?.stop()
})

const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1)

test('1,000 tools, 250 companies and 100 FAQs: every one reaches readers', async () => {
  const login = await fetch(`${stack.cmsUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      email: stack.env.SEED_ADMIN_EMAIL,
      password: stack.env.SEED_ADMIN_PASSWORD,
    }),
  })
  const { token } = (await login.json()) as { token: string }
  const { toolSlugs } = await publishAtScale(stack.cmsUrl, token, {
    tools: 1000,
    companies: 250,
    faqs: 100,
  })
  expect(toolSlugs.length).toBeGreaterThanOrEqual(1000)

  const site = (path: string) => fetch(`${stack.webUrl}${path}`)
  // Within a few seconds of the last publish, the site holds every document.
  const lastFaq = 'Scale question 100?'
  await expect
    .poll(async () => (await (await site('/')).text()).includes(lastFaq), { timeout: 10_000 })
    .toBe(true)
  const skills = await (await site('/skills')).text()
  expect(toolSlugs.filter((slug) => !skills.includes(`href="/skills/${slug}"`))).toEqual([])

  const home = await (await site('/')).text()
  expect(range(250).filter((i) => !home.includes(`Scale company ${i}<`))).toEqual([])
  expect(range(100).filter((i) => !home.includes(`Scale question ${i}?`))).toEqual([])

  const sitemap = await (await site('/sitemap.xml')).text()
  expect(sitemap.match(/\/skills\/[^<]+<\/loc>/g)?.length).toBe(toolSlugs.length)
  const broken: string[] = []
  for (let i = 0; i < toolSlugs.length; i += 8) {
    await Promise.all(
      toolSlugs.slice(i, i + 8).map(async (slug) => {
        const res = await site(`/skills/${slug}`)
        if (res.status !== 200) broken.push(`${slug} ${res.status}`)
        else await res.arrayBuffer()
      }),
    )
  }
  expect(broken).toEqual([])
})
