import { expect, test } from '@playwright/test'

import { cms, dropLinkContext } from './helpers'

test('/skills lists every category with its lines as the guide writes them, and every other tool', async ({
  page,
}) => {
  await page.goto('/skills')
  await dropLinkContext(page)
  const categories = (await cms('GET', '/tool-categories?limit=100')).body.docs
  const tools = (await cms('GET', '/tools?limit=100&depth=2')).body.docs
  await expect(page.locator('main h2')).toContainText(categories.map((c: any) => c.title))
  for (const tool of tools) {
    // A tool a line names besides its own ("Pulumi" in "Terraform/Pulumi for IaC") is in
    // that line's category.
    const category = tool.category ?? tool.namedIn?.category
    const section = category ? `#${category.slug}` : '#other-tools'
    await expect(page.locator(`${section} a[href="/skills/${tool.slug}"]`), tool.slug).toHaveCount(
      1,
    )
  }
  for (const line of tools.filter((t: any) => t.category)) {
    await expect(page.locator(`#${line.category.slug} li`, { hasText: line.skillText })).toHaveText(
      line.skillText,
    )
  }
})

test('a Core Skills line naming several tools reads as the guide wrote it and links every one', async ({
  page,
}) => {
  const tools = (await cms('GET', '/tools?limit=100&depth=1')).body.docs
  const bySlug = new Map(tools.map((t: any) => [t.slug, t]))
  const lines = [
    ['Terraform/Pulumi for IaC', ['terraform', 'pulumi']],
    ['Apache Airflow / Dagster for data pipelines', ['apache-airflow', 'dagster']],
    ['Prometheus / Grafana for infrastructure metrics', ['prometheus', 'grafana']],
    ['Go or Rust (for performance-critical tooling)', ['go', 'rust']],
  ] as const
  for (const path of ['/skills', '/']) {
    await page.goto(path)
    // Each link names its category too, for readers who meet it out of the line.
    const contexts = await page
      .locator('main li a[href="/skills/go"] .link-context')
      .allTextContents()
    expect(contexts.length).toBeGreaterThan(0)
    for (const context of contexts) {
      expect(context).toBe(`, ${(bySlug.get('go') as any).category.title}`)
    }
    await dropLinkContext(page)
    for (const [text, slugs] of lines) {
      const item = page.locator('main li', { hasText: text })
      await expect(item, `${path}: ${text}`).toHaveText(text)
      await expect(item.locator('a')).toHaveText(slugs.map((s) => (bySlug.get(s) as any).name))
      for (const slug of slugs) {
        await expect(item.locator(`a[href="/skills/${slug}"]`)).toHaveCount(1)
      }
    }
  }
  await page.goto('/skills/rust')
  await expect(page.locator('h1')).toHaveText('Rust')
  await expect(page.locator('.lede')).toHaveText('Go or Rust (for performance-critical tooling)')
  await expect(page.locator('.facts a')).toHaveText('Programming')
})

test('each skill page shows its category, the stages and the roles that name it, with links back', async ({
  page,
}) => {
  const tools = (await cms('GET', '/tools?limit=100&depth=1')).body.docs
  const stages = (await cms('GET', '/career-stages?limit=100&depth=0')).body.docs
  const roles = (await cms('GET', '/roles?limit=100&depth=0')).body.docs
  for (const tool of tools) {
    await page.goto(`/skills/${tool.slug}`)
    await expect(page.locator('h1')).toHaveText(tool.name)
    const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' })
    await expect(crumbs.locator('a').first()).toHaveAttribute('href', '/')
    if (tool.category) {
      await expect(page.locator('.facts a')).toHaveAttribute(
        'href',
        `/skills#${tool.category.slug}`,
      )
      await expect(page.locator('.facts a')).toHaveText(tool.category.title)
    }
    const stageLinks = await page
      .locator('main li a[href^="/career-path/"]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')))
    expect(stageLinks, tool.slug).toEqual(
      stages
        .filter((s: any) => s.keySkills.includes(tool.id))
        .map((s: any) => `/career-path/${s.slug}`),
    )
    const roleLinks = await page
      .locator('main li a[href^="/salaries#role-"]')
      .evaluateAll((as) => as.map((a) => a.textContent))
    expect(roleLinks, tool.slug).toEqual(
      roles.filter((r: any) => r.keyTools.includes(tool.id)).map((r: any) => r.name),
    )
  }
})

test('the guide and the stage pages link each skill to its page', async ({ page }) => {
  const tools = (await cms('GET', '/tools?limit=100&depth=1')).body.docs
  await page.goto('/')
  for (const tool of tools.filter((t: any) => t.category)) {
    await expect(page.locator(`#core-skills a[href="/skills/${tool.slug}"]`)).toHaveCount(1)
  }
  const stage = (await cms('GET', '/career-stages?limit=1&depth=1')).body.docs[0]
  await page.goto(`/career-path/${stage.slug}`)
  await dropLinkContext(page)
  for (const skill of stage.keySkills) {
    await expect(page.locator(`main a[href="/skills/${skill.slug}"]`)).toHaveText(skill.name)
  }
})

test('stage and skill pages have breadcrumbs and previous/next links', async ({ page }) => {
  const stages = (await cms('GET', '/career-stages?limit=100')).body.docs
  await page.goto(`/career-path/${stages[1].slug}`)
  await expect(page.locator('a[rel="prev"]')).toHaveAttribute(
    'href',
    `/career-path/${stages[0].slug}`,
  )
  await expect(page.locator('a[rel="next"]')).toHaveAttribute(
    'href',
    `/career-path/${stages[2].slug}`,
  )
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toContainText(stages[1].title)

  const tools = (await cms('GET', '/tools?limit=100')).body.docs
  await page.goto(`/skills/${tools[1].slug}`)
  await expect(page.locator('a[rel="prev"]')).toHaveAttribute('href', `/skills/${tools[0].slug}`)
  await expect(page.locator('a[rel="next"]')).toHaveAttribute('href', `/skills/${tools[2].slug}`)
  await page.goto(`/skills/${tools[0].slug}`)
  await expect(page.locator('a[rel="prev"]')).toHaveCount(0)
})

test('a skill that does not exist is a 404 page', async ({ request }) => {
  expect((await request.get('/skills/no-such-skill')).status()).toBe(404)
})
