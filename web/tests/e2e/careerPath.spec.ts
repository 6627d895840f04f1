import { expect, test, type Page } from '@playwright/test'
import { formatYears } from '@mlops-guide/content/format'

import { cms, webUrl } from './helpers'

/**
 * Issue 21, points 4 and 5: one career path joining pay, skills and next steps, and "Where do
 * I stand?" answered without script. What each page should show is worked out here from the
 * CMS's own documents (stages, their key skills, the FAQs and whom they are for).
 */

type Doc = Record<string, any>
const idOf = (v: number | Doc) => (typeof v === 'number' ? v : v.id)

async function content() {
  const stages: Doc[] = (await cms('GET', '/career-stages?limit=100&depth=1')).body.docs
  const faqs: Doc[] = (await cms('GET', '/faqs?limit=100&depth=0')).body.docs
  const roles: Doc[] = (await cms('GET', '/roles?limit=100&depth=0')).body.docs
  const settings = (await cms('GET', '/globals/site-settings')).body.careerPathPage
  return { stages, faqs, roles, settings }
}

/** The next stage's key skills that no stage up to `index` lists (the site's rule, restated). */
function expectedNext(stages: Doc[], index: number): Doc[] {
  const known = new Set(
    stages.slice(0, index + 1).flatMap((s) => s.keySkills.map((k: Doc) => k.slug)),
  )
  return (stages[index + 1]?.keySkills ?? []).filter((k: Doc) => !known.has(k.slug))
}

/** The questions an editor marked as being for a stage (or readers from a role). */
const answersFor = (faqs: Doc[], stageIds: number[], roleId?: number) =>
  faqs.filter(
    (f) =>
      (f.stages ?? []).some((s: number | Doc) => stageIds.includes(idOf(s))) ||
      (roleId != null && (f.fromRoles ?? []).some((r: number | Doc) => idOf(r) === roleId)),
  )

async function linksIn(page: Page, selector: string) {
  return page
    .locator(selector)
    .evaluateAll((links) =>
      links.map((a) => ({ text: a.textContent!.trim(), href: a.getAttribute('href') })),
    )
}

test('the seed marks the DevOps-to-MLOps answer as being for the stages and role that name DevOps', async () => {
  const { stages, faqs, roles } = await content()
  const faq = faqs.find((f) => /DevOps to MLOps/.test(f.question))!
  const devopsStages = stages.filter((s) => /DevOps/.test(s.title)).map((s) => s.id)
  expect(devopsStages.length).toBeGreaterThan(0)
  expect(faq.stages.map(idOf).sort()).toEqual(devopsStages.sort())
  expect(faq.fromRoles.map(idOf)).toEqual([roles.find((r) => r.name === 'DevOps')!.id])
})

test('each stage page shows its years, its derived pay, its skills, what to learn next and the answers for it', async ({
  page,
}) => {
  const { stages, faqs, settings } = await content()
  for (const [i, stage] of stages.entries()) {
    const res = await page.goto(`/career-path/${stage.slug}`)
    expect(res?.status()).toBe(200)
    const main = page.locator('main')
    await expect(main.locator('.years')).toHaveText(`${formatYears(stage)} years`)
    // Derived from the years, and saying so (stagePay.ts).
    await expect(main.locator('p.pay')).toContainText(`${formatYears(stage)} years spans `)
    const skills = stage.keySkills.map((k: Doc) => `/skills/${k.slug}`)
    for (const href of skills)
      await expect(main.locator(`ul a[href="${href}"]`).first()).toBeVisible()

    const next = expectedNext(stages, i)
    const learn = page.locator('section[aria-labelledby="learn-next-heading"]')
    if (next.length) {
      await expect(learn.getByRole('heading')).toHaveText(settings.nextHeading)
      expect((await linksIn(page, '.learn-next a')).map((l) => l.href)).toEqual(
        next.map((k) => `/skills/${k.slug}`),
      )
      await expect(learn.locator('.derived')).toHaveText(
        settings.nextFrom.replace('{next}', stages[i + 1]!.title),
      )
    } else {
      await expect(learn).toHaveCount(0)
    }

    const answers = answersFor(faqs, [stage.id])
    const answered = page.locator('section[aria-labelledby="answers-heading"]')
    if (answers.length) {
      expect(await linksIn(page, '.answers a')).toEqual(
        answers.map((f) => ({ text: f.question, href: `/#${f.slug}` })),
      )
    } else {
      await expect(answered).toHaveCount(0)
    }
  }
  // The DevOps stages link the DevOps-to-MLOps answer, and it is there on the home page.
  await page.goto('/career-path/junior-devops-sre')
  await page.getByRole('link', { name: 'Can I transition from DevOps to MLOps?' }).click()
  await expect(page).toHaveURL(/\/#devops-to-mlops$/)
  await expect(page.locator('#devops-to-mlops')).toContainText(
    'DevOps is one of the most natural paths',
  )
})

test('/career-path shows each stage with its key skills, what to learn next and its answers', async ({
  page,
}) => {
  const { stages, faqs } = await content()
  await page.goto('/career-path')
  for (const [i, stage] of stages.entries()) {
    const row = page.locator(`#stage-${stage.slug}`)
    expect((await linksIn(page, `#stage-${stage.slug} td.skills a`)).map((l) => l.href)).toEqual(
      stage.keySkills.map((k: Doc) => `/skills/${k.slug}`),
    )
    expect((await linksIn(page, `#stage-${stage.slug} td.next a`)).map((l) => l.href)).toEqual(
      expectedNext(stages, i).map((k) => `/skills/${k.slug}`),
    )
    expect((await linksIn(page, `#stage-${stage.slug} td.answers a`)).map((l) => l.href)).toEqual(
      answersFor(faqs, [stage.id]).map((f) => `/#${f.slug}`),
    )
    if (expectedNext(stages, i).length)
      await expect(row.locator('.derived')).toContainText(stages[i + 1]!.title)
  }
})

for (const start of ['/', '/career-path']) {
  test(`"Where do I stand?" on ${start} answers without script on a shareable address`, async ({
    browser,
  }) => {
    const { stages, faqs, roles, settings } = await content()
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(start)
    await page.getByRole('spinbutton', { name: settings.yearsField }).fill('4')
    await page.getByRole('combobox', { name: settings.fromField }).selectOption({ label: 'DevOps' })
    await page.getByRole('button', { name: settings.standButton }).click()
    await expect(page).toHaveURL(/\/career-path\?years=4&from=devops#standing$/)

    const within = stages.filter((s) => s.yearsFrom <= 4 && 4 <= (s.yearsTo ?? Infinity))
    expect(within.length).toBeGreaterThan(1) // 4 years: a DevOps stage and MLOps Engineer
    const answer = page.locator('section[aria-labelledby="standing-answer-heading"]')
    await expect(answer.getByRole('heading', { level: 2 })).toHaveText(
      settings.standAnswer.replace('{years}', '4'),
    )
    await expect(answer.locator('article h3 a')).toHaveText(within.map((s) => s.title))
    for (const stage of within) {
      const article = answer.locator(`article[aria-labelledby="standing-${stage.slug}"]`)
      await expect(article.locator('.pay')).toContainText(`${formatYears(stage)} years spans `)
      const next = expectedNext(stages, stages.indexOf(stage))
      expect(
        (
          await linksIn(page, `article[aria-labelledby="standing-${stage.slug}"] .learn-next a`)
        ).map((l) => l.href),
      ).toEqual(next.map((k) => `/skills/${k.slug}`))
    }
    const devops = roles.find((r) => r.slug === 'devops')!.id
    expect(
      (await linksIn(page, 'section[aria-labelledby="standing-answer-heading"] .answers a')).map(
        (l) => l.href,
      ),
    ).toEqual(
      answersFor(
        faqs,
        within.map((s) => s.id),
        devops,
      ).map((f) => `/#${f.slug}`),
    )
    // The form shows what was asked, to change it.
    await expect(page.getByRole('spinbutton', { name: settings.yearsField })).toHaveValue('4')
    await expect(page.getByRole('combobox', { name: settings.fromField })).toHaveValue('devops')
    await context.close()
  })
}

test('coming from a role adds the answers for it, at any years', async ({ page }) => {
  const { faqs, roles, stages } = await content()
  const devops = roles.find((r) => r.slug === 'devops')!
  const staff = stages.at(-1)!
  const years = staff.yearsFrom + 1
  await page.goto(`/career-path?years=${years}&from=devops`)
  const within = stages.filter((s) => s.yearsFrom <= years && years <= (s.yearsTo ?? Infinity))
  expect(await linksIn(page, '#standing .answer > .answers a')).toEqual(
    answersFor(
      faqs,
      within.map((s) => s.id),
      devops.id,
    ).map((f) => ({
      text: f.question,
      href: `/#${f.slug}`,
    })),
  )
})

// The class of inputs anyone can put in the address: each gets the form back, a message
// naming the field, and a 4xx; never a 5xx.
const YEARS = 'years'
const FROM = 'from'
const HOSTILE: [query: string, fields: string[]][] = [
  ['years=-1', [YEARS]],
  ['years=999', [YEARS]],
  ['years=abc', [YEARS]],
  ['years=', [YEARS]],
  ['years=4.5', [YEARS]],
  ['years=%20', [YEARS]],
  ['years=%00', [YEARS]],
  ['years=%3Cscript%3Ealert(1)%3C%2Fscript%3E', [YEARS]],
  ['years=%D9%A4', [YEARS]], // an Arabic-Indic four
  ['years=%F0%9F%98%80', [YEARS]],
  [`years=${'9'.repeat(6000)}`, [YEARS]],
  ['years=3&years=5', [YEARS]],
  ['from=devops', [YEARS]],
  ['years=4&from=kubernetes', [FROM]],
  ['years=4&from=%E2%80%AEspoo', [FROM]],
  [`years=4&from=${'x'.repeat(6000)}`, [FROM]],
  ['years=4&from=devops&from=mlops', [FROM]],
  ['years=%&from=%', [YEARS, FROM]],
]

test('any other input gets the form back with a message naming the field, as a 400', async ({
  page,
}) => {
  const { settings } = await content()
  const label = { years: settings.yearsField, from: settings.fromField }
  for (const [query, fields] of HOSTILE) {
    const res = await page.goto(`/career-path?${query}`)
    const what = query.slice(0, 40)
    expect(res?.status(), what).toBe(400)
    await expect(page.getByRole('form', { name: settings.standHeading }), what).toBeVisible()
    for (const field of [YEARS, FROM] as const) {
      const input = page.getByRole(field === YEARS ? 'spinbutton' : 'combobox', {
        name: label[field],
      })
      const problem = page.locator(`#standing-${field}-problem`)
      if (fields.includes(field)) {
        await expect(input, what).toHaveAttribute('aria-invalid', 'true')
        await expect(problem, what).toHaveText(
          new RegExp(`^${label[field].replace(/[()]/g, '\\$&')}: `),
        )
        await expect(input, what).toHaveAttribute('aria-describedby', `standing-${field}-problem`)
      } else {
        await expect(problem, what).toHaveCount(0)
      }
    }
    await expect(
      page.locator('section[aria-labelledby="standing-answer-heading"]'),
      what,
    ).toHaveCount(0)
    // Whatever was asked, the page is still the career path.
    await expect(page.locator('#stages tbody tr').first(), what).toBeVisible()
  }
  // Neither an answer nor a problem is kept in the page cache: the plain page is still plain.
  const plain = await fetch(`${webUrl()}/career-path`)
  expect(plain.status).toBe(200)
  expect(await plain.text()).not.toContain('standing-years-problem')
})

for (const width of [375, 1280]) {
  test(`the form and its answer fit a ${width} px screen`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 })
    for (const path of ['/', '/career-path?years=4&from=devops', '/career-path?years=abc']) {
      await page.goto(path)
      const form = page.locator('form.standing')
      await expect(form).toBeVisible()
      const box = (await form.boundingBox())!
      expect(box.x + box.width, path).toBeLessThanOrEqual(width)
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)
      expect(overflow, path).toBeLessThanOrEqual(0)
    }
  })
}
