import { expect, test, type Page } from '@playwright/test'

import { adminUrl, paragraph, publishedDoc, signIn } from './adminUi'
import { adminToken, cms, cmsUrl, stackEnv, webUrl } from './helpers'

test.use({ viewport: { width: 1440, height: 1000 } })

const tag = () => Math.random().toString(36).slice(2, 8)

/** Signs in through the admin's form as the seeded admin. */
async function signInAsAdmin(page: Page) {
  const env = stackEnv()
  await page.goto(adminUrl('/login'))
  await page.fill('#field-email', env.SEED_ADMIN_EMAIL!)
  await page.fill('#field-password', env.SEED_ADMIN_PASSWORD!)
  await page.click('button[type=submit]')
  await page.waitForURL(/\/admin$/)
}

test('the admin opened at another address than CMS_PUBLIC_URL refuses sign-in and names the address to use', async ({
  page,
}) => {
  const publicAdmin = `${stackEnv().CMS_PUBLIC_URL}/admin`
  const { email, password } = {
    email: stackEnv().SEED_ADMIN_EMAIL!,
    password: stackEnv().SEED_ADMIN_PASSWORD!,
  }
  // cmsUrl() is 127.0.0.1; CMS_PUBLIC_URL is localhost.
  await page.goto(`${cmsUrl()}/admin/login`)
  await page.fill('#field-email', email)
  await page.fill('#field-password', password)
  await page.click('button[type=submit]')
  await expect(page.getByText(`open ${publicAdmin}`)).toBeVisible()
  await expect(page).toHaveURL(/\/admin\/login/)
})

test('a write whose session cookie comes from a foreign origin says which address to use, not "not allowed"', async () => {
  const token = await adminToken()
  const faq = (await cms('GET', '/faqs?limit=1&depth=0')).body.docs[0]
  const res = await fetch(`${cmsUrl()}/api/faqs/${faq.id}`, {
    method: 'PATCH',
    headers: {
      'content-type': 'application/json',
      cookie: `payload-token=${token}`,
      origin: cmsUrl(),
    },
    body: JSON.stringify({ question: 'Never saved?' }),
  })
  expect(res.status).toBe(403)
  const message: string = (await res.json()).errors[0].message
  expect(message).toContain(`${stackEnv().CMS_PUBLIC_URL}/admin`)
  expect(message).not.toContain('not allowed')
  // The same cookie from the CMS's own address saves.
  expect((await cms('GET', `/faqs/${faq.id}`)).body.question).toBe(faq.question)
})

test('a new user is a contributor unless an admin says otherwise, in the API and the admin form', async ({
  page,
}) => {
  const token = await adminToken()
  const made = await cms('POST', '/users', {
    token,
    body: { email: `new-${tag()}@e2e.test`, password: 'a-long-password-1' },
  })
  expect(made.status).toBe(201)
  try {
    expect(made.body.doc.roles).toEqual(['contributor'])
    await signInAsAdmin(page)
    await page.goto(adminUrl('/collections/users/create'))
    await expect(page.locator('#field-roles')).toContainText('Contributor')
    await expect(page.locator('#field-roles')).not.toContainText('Editor')
  } finally {
    await cms('DELETE', `/users/${made.body.doc.id}`, { token })
  }
})

test('an API key is shown once, with a copy button and a warning, and works', async ({ page }) => {
  const token = await adminToken()
  const client = await cms('POST', '/api-clients', { token, body: { name: `App ${tag()}` } })
  expect(client.status).toBe(201)
  const id = client.body.doc.id
  try {
    await signInAsAdmin(page)
    await page.goto(adminUrl(`/collections/api-clients/${id}`))
    await page.locator('#generate-api-key').click()
    await page.locator('#confirm-action').click()
    const input = page.locator('input#apiKey')
    await expect(input).toHaveValue(/^[0-9a-f-]{36}$/)
    const key = await input.inputValue()
    await expect(page.locator('.api-key .copy-to-clipboard')).toBeVisible()
    await expect(page.getByText('It will not be displayed again')).toBeVisible()
    // The key reads the API as its client (an unknown key gets a 401).
    const read = (k: string) =>
      fetch(`${cmsUrl()}/api/faqs?limit=1`, {
        headers: { authorization: `api-clients API-Key ${k}` },
      }).then((r) => r.status)
    expect(await read(key)).toBe(200)
    expect(await read(key.replace(/.$/, (c) => (c === '0' ? '1' : '0')))).toBe(401)

    // Once the page is left, the key is never shown again.
    await page.reload()
    await expect(input).toBeVisible()
    expect(await input.inputValue()).not.toBe(key)
    await expect(page.locator('#reveal-api-key')).toHaveCount(0)
  } finally {
    await cms('DELETE', `/api-clients/${id}`, { token })
  }
})

type Node = Record<string, unknown>
const text = (t: string, format = 0): Node => ({
  type: 'text',
  version: 1,
  text: t,
  format,
  mode: 'normal',
  style: '',
  detail: 0,
})
const element = (type: string, children: Node[], extra: Node = {}): Node => ({
  type,
  version: 1,
  direction: null,
  format: '',
  indent: 0,
  children,
  ...extra,
})

test('every element the rich-text editor offers renders on the site, images in fitting sizes, with no CSP violation', async ({
  page,
}) => {
  test.setTimeout(90_000)
  const t = tag()
  // A 1200×600 PNG, drawn by the browser, uploaded through the admin.
  await page.goto(`${webUrl()}/robots.txt`)
  const pngBase64 = await page.evaluate(() => {
    const canvas = document.createElement('canvas')
    canvas.width = 1200
    canvas.height = 600
    const g = canvas.getContext('2d')!
    g.fillStyle = '#2a7'
    g.fillRect(0, 0, 1200, 600)
    return canvas.toDataURL('image/png').split(',')[1]!
  })
  await signInAsAdmin(page)
  await page.goto(adminUrl('/collections/media/create'))
  await page.locator('input[type=file]').setInputFiles({
    name: `wide-${t}.png`,
    mimeType: 'image/png',
    buffer: Buffer.from(pngBase64, 'base64'),
  })
  await page.fill('#field-alt', `A green field ${t}`)
  await page.locator('#action-save').click()
  await page.waitForURL(/\/collections\/media\/\d+$/)
  const mediaId = Number(page.url().split('/').pop())

  // The editor offers no element the site cannot render.
  await page.goto(adminUrl('/collections/faqs/create'))
  await page.locator('.rich-text-lexical [contenteditable=true]').click()
  await page.keyboard.type('/')
  const menu = page.locator('.slash-menu-popup')
  await expect(menu).toContainText('Upload')
  await expect(menu).toContainText('Heading 2')
  for (const absent of ['Check List', 'Relationship', 'Heading 1', 'Align'])
    await expect(menu).not.toContainText(absent)
  await page.keyboard.press('Escape')

  const answer = {
    root: element('root', [
      element('heading', [text(`Heading ${t}`)], { tag: 'h3' }),
      element('paragraph', [
        text('bold', 1),
        text(' italic', 2),
        text(' code', 16),
        text(' sub', 32),
        text(' sup', 64),
      ]),
      element('list', [element('listitem', [text('first')], { value: 1 })], {
        listType: 'bullet',
        start: 1,
        tag: 'ul',
      }),
      element('list', [element('listitem', [text('one')], { value: 1 })], {
        listType: 'number',
        start: 1,
        tag: 'ol',
      }),
      element('quote', [text('a quote')]),
      element('paragraph', [
        element('link', [text('a link')], {
          fields: { linkType: 'custom', url: 'https://example.com/', newTab: false },
          id: `l${t}`,
        }),
      ]),
      { type: 'horizontalrule', version: 1 },
      { type: 'upload', version: 3, format: '', fields: null, relationTo: 'media', value: mediaId },
    ]),
  }
  const faq = await publishedDoc('faqs', { question: `Everything ${t}?`, answer })
  try {
    // Chromium reports every CSP violation (a blocked image, an inline style) as a console error.
    const violations: string[] = []
    page.on('console', (m) => void (m.type() === 'error' && violations.push(m.text())))
    const answerBox = page.locator(`#${faq.doc.slug} .answer`)
    await expect(async () => {
      await page.goto(webUrl())
      await expect(answerBox.locator('h3')).toHaveText(`Heading ${t}`, { timeout: 1000 })
    }).toPass({ timeout: 15_000 })
    for (const tagName of [
      'strong',
      'em',
      'code',
      'sub',
      'sup',
      'ul li',
      'ol li',
      'blockquote',
      'hr',
    ])
      await expect(answerBox.locator(tagName)).toHaveCount(1)
    await expect(answerBox.locator('a[href="https://example.com/"]')).toHaveText('a link')

    const img = answerBox.locator('img')
    await expect(img).toHaveAttribute('alt', `A green field ${t}`)
    await expect(img).toHaveAttribute('loading', 'lazy')
    await expect(img).toHaveAttribute('src', /^\/media\//)
    const srcset = (await img.getAttribute('srcset')) ?? ''
    // The sizes Payload made (480, 768) and the original (1200); none wider than it.
    expect(srcset.match(/ \d+w/g)).toEqual([' 480w', ' 768w', ' 1200w'])
    await img.scrollIntoViewIfNeeded()
    await expect
      .poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth))
      .toBeGreaterThan(0)
    // The browser picked a narrower copy than the original for a 1440 px wide window's column.
    expect(await img.evaluate((i: HTMLImageElement) => i.currentSrc)).not.toContain(`wide-${t}.png`)
    expect(violations).toEqual([])
  } finally {
    await faq.remove()
    await cms('DELETE', `/media/${mediaId}`, { token: await adminToken() })
  }
})

test('the Figure drawer shows what readers will see once picked, and closing it with Esc leaves no element', async ({
  page,
}) => {
  test.setTimeout(90_000)
  const t = tag()
  const faq = await publishedDoc('faqs', {
    question: `Figure drawer ${t}?`,
    answer: paragraph(`Answer ${t}.`),
  })
  try {
    await signIn(page, 'editor')
    await page.goto(adminUrl(`/collections/faqs/${faq.doc.id}`))
    const editor = page.locator('.rich-text-lexical [contenteditable=true]')
    const insertFigure = async () => {
      await editor.click()
      await page.keyboard.press('ControlOrMeta+End')
      await page.getByRole('button', { name: 'inlineBlocks dropdown' }).click()
      await page.locator('.toolbar-popup__dropdown-item', { hasText: 'Figure' }).click()
      const drawer = page.locator('.drawer__content').last()
      await expect(drawer.locator('#field-figure')).toBeVisible()
      return drawer
    }
    // Opened and closed with Esc before anything was picked: nothing stays behind.
    await insertFigure()
    await page.keyboard.press('Escape')
    await expect(page.locator('.drawer__content')).toHaveCount(0)
    await expect(page.locator('.rich-text-lexical .figure-label')).toHaveCount(0)

    // Picked: the drawer and the chip show the value before anything is saved.
    const drawer = await insertFigure()
    await drawer.locator('#field-figure .rs__control').click()
    await page.keyboard.type('Mid')
    await page.locator('.rs__option', { hasText: /^Mid$/ }).click()
    await expect(drawer.locator('.figure-readers-see')).toHaveText('$160k-$210k')
    await expect(page.locator('.rich-text-lexical .figure-label')).toHaveText('$160k-$210k')
  } finally {
    await faq.remove()
  }
})

test('a typed figure that a band was published with before warns about that band, not a role sharing one end', async () => {
  const token = await adminToken()
  const senior = (await cms('GET', '/salary-bands?where[slug][equals]=senior&depth=0')).body.docs[0]
  await cms('PATCH', `/salary-bands/${senior.id}`, {
    token,
    body: { minSalary: 220000, maxSalary: 280000, _status: 'published' },
  })
  try {
    const check = await fetch(`${cmsUrl()}/api/figure-check`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body: JSON.stringify({ data: { question: 'Seniors earn $210k-$270k?' } }),
    })
    const { disagreements } = (await check.json()) as {
      disagreements: { expected: { title: string; text: string } }[]
    }
    expect(disagreements.map((d) => d.expected)).toEqual([
      expect.objectContaining({ title: 'Senior', text: '$220k-$280k' }),
    ])
  } finally {
    await cms('PATCH', `/salary-bands/${senior.id}`, {
      token,
      body: { minSalary: senior.minSalary, maxSalary: senior.maxSalary, _status: 'published' },
    })
  }
})
