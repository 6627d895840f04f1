import { beforeAll, describe, expect, it } from 'vitest'

import { api, fieldErrors, loginAs } from './helpers'
import { sampleDoc, seededId } from './samples'

let token: string
beforeAll(async () => {
  token = await loginAs('editor')
})

/** Sends a bad update and checks: 400, the field named, the message, and nothing changed. */
async function rejectsUpdate(
  collection: string,
  id: number,
  change: Record<string, unknown>,
  expected: { path: string; message: RegExp },
) {
  const before = await api('GET', `/${collection}/${id}?depth=0`, { token })
  const res = await api('PATCH', `/${collection}/${id}`, { token, body: change })
  expect(res.status).toBe(400)
  expect(res.body.errors[0].message).toMatch(/invalid/i)
  expect(fieldErrors(res.body)).toEqual(
    expect.arrayContaining([
      expect.objectContaining({
        path: expected.path,
        message: expect.stringMatching(expected.message),
      }),
    ]),
  )
  const after = await api('GET', `/${collection}/${id}?depth=0`, { token })
  expect(after.body).toEqual(before.body)
}

async function rejectsCreate(
  collection: string,
  data: Record<string, unknown>,
  expected: { path: string; message: RegExp },
) {
  const count = (await api('GET', `/${collection}/count`, { token })).body.totalDocs
  const res = await api('POST', `/${collection}`, { token, body: data })
  expect(res.status).toBe(400)
  expect(fieldErrors(res.body)).toEqual(
    expect.arrayContaining([
      expect.objectContaining({
        path: expected.path,
        message: expect.stringMatching(expected.message),
      }),
    ]),
  )
  expect((await api('GET', `/${collection}/count`, { token })).body.totalDocs).toBe(count)
}

describe('salary bands', () => {
  it('refuses a maximum below the minimum, naming maxSalary', async () => {
    const id = await seededId('salary-bands', 'junior')
    await rejectsUpdate(
      'salary-bands',
      id,
      { maxSalary: 100000 },
      {
        path: 'maxSalary',
        message: /^Below the minimum base salary \(\$120,000\)$/,
      },
    )
  })

  it('refuses a minimum raised above the saved maximum', async () => {
    const id = await seededId('salary-bands', 'junior')
    await rejectsUpdate(
      'salary-bands',
      id,
      { minSalary: 170000 },
      {
        path: 'maxSalary',
        message: /Below the minimum base salary \(\$170,000\)/,
      },
    )
  })

  it('refuses salaries that are not whole dollars', async () => {
    const id = await seededId('salary-bands', 'mid')
    await rejectsUpdate(
      'salary-bands',
      id,
      { maxSalary: 200000.5 },
      {
        path: 'maxSalary',
        message: /whole dollars/,
      },
    )
  })

  it('refuses a negative salary', async () => {
    const id = await seededId('salary-bands', 'mid')
    await rejectsUpdate('salary-bands', id, { minSalary: -1 }, { path: 'minSalary', message: /0/ })
  })

  it('refuses a band without a source; its as-of date is for a source that names one', async () => {
    const { data } = await sampleDoc('salary-bands')
    await rejectsCreate(
      'salary-bands',
      { ...data, source: undefined },
      { path: 'source', message: /required/i },
    )
  })

  it('refuses a stage paired with a salary band without the reason readers are shown', async () => {
    const { data } = await sampleDoc('career-stages')
    const band = (await api('GET', '/salary-bands?limit=1&depth=0')).body.docs[0]
    await rejectsCreate(
      'career-stages',
      { ...data, salaryBand: band.id },
      { path: 'salaryBandReason', message: /why/i },
    )
  })

  it('refuses a band without a maximum on create', async () => {
    const { data } = await sampleDoc('salary-bands')
    await rejectsCreate(
      'salary-bands',
      { ...data, maxSalary: undefined },
      { path: 'maxSalary', message: /required/i },
    )
  })
})

describe('years of experience', () => {
  it('refuses "to" below "from" on a career stage', async () => {
    const id = await seededId('career-stages', 'junior-devops-sre')
    await rejectsUpdate(
      'career-stages',
      id,
      { yearsFrom: 5 },
      {
        path: 'yearsTo',
        message: /^Must not be less than "Years from" \(5\)$/,
      },
    )
  })

  it('refuses "to" below "from" on a salary band', async () => {
    const id = await seededId('salary-bands', 'mid')
    await rejectsUpdate(
      'salary-bands',
      id,
      { yearsTo: 1 },
      { path: 'yearsTo', message: /^Must not be less than "Years from" \(3\)$/ },
    )
  })

  it('requires a start year on a career stage', async () => {
    const { data } = await sampleDoc('career-stages')
    await rejectsCreate(
      'career-stages',
      { ...data, yearsFrom: undefined },
      { path: 'yearsFrom', message: /required/i },
    )
  })

  it('accepts an open-ended range', async () => {
    const { data } = await sampleDoc('career-stages')
    const res = await api('POST', '/career-stages', {
      token,
      body: { ...data, yearsFrom: 10, yearsTo: null },
    })
    expect(res.status).toBe(201)
    expect(res.body.doc.yearsTo).toBeNull()
    await api('DELETE', `/career-stages/${res.body.doc.id}`, { token })
  })
})

describe('slugs', () => {
  it('refuses a slug that is not URL-safe', async () => {
    const id = await seededId('faqs', 'tools-to-learn')
    await rejectsUpdate(
      'faqs',
      id,
      { slug: 'Not a slug!' },
      { path: 'slug', message: /not URL-safe/ },
    )
  })

  it('refuses a slug another document already has', async () => {
    const id = await seededId('faqs', 'tools-to-learn')
    await rejectsUpdate(
      'faqs',
      id,
      { slug: 'mlops-salaries' },
      { path: 'slug', message: /unique/i },
    )
  })

  it('makes a URL-safe slug from the title when none is given', async () => {
    const { data } = await sampleDoc('career-stages')
    const res = await api('POST', '/career-stages', {
      token,
      body: { ...data, title: 'Staff/Principal ML Platform (EMEA) 2' },
    })
    expect(res.status).toBe(201)
    expect(res.body.doc.slug).toBe('staff-principal-ml-platform-emea-2')
    await api('DELETE', `/career-stages/${res.body.doc.id}`, { token })
  })
})

describe('required fields and formats', () => {
  it('refuses an FAQ without a question', async () => {
    const { data } = await sampleDoc('faqs')
    await rejectsCreate(
      'faqs',
      { ...data, question: '' },
      { path: 'question', message: /required/i },
    )
  })

  it('refuses a company without a group', async () => {
    const { data } = await sampleDoc('companies')
    await rejectsCreate(
      'companies',
      { ...data, group: null },
      { path: 'group', message: /required/i },
    )
  })

  it('refuses a company website that is not an address', async () => {
    const id = await seededId('companies', 'openai')
    await rejectsUpdate(
      'companies',
      id,
      { website: 'openai dot com' },
      {
        path: 'website',
        message: /https:\/\//,
      },
    )
  })

  it('refuses a Next Steps link that is not a page of the site or an https address', async () => {
    const before = await api('GET', '/globals/guide-page', { token })
    const links = before.body.nextSteps.links.map((l: any, i: number) =>
      i === 0 ? { ...l, url: 'javascript:alert(1)' } : l,
    )
    const res = await api('POST', '/globals/guide-page', { token, body: { nextSteps: { links } } })
    expect(res.status).toBe(400)
    expect(fieldErrors(res.body)[0]?.path).toBe('nextSteps.links.0.url')
    expect(fieldErrors(res.body)[0]?.message).toMatch(
      /must be a page of the site \("\/salaries"\) or a full https:\/\/ address/,
    )
    const after = await api('GET', '/globals/guide-page', { token })
    expect(after.body.nextSteps).toEqual(before.body.nextSteps)
  })
})

/** Sets the first Next Steps link's address; the answer, and the links before and after. */
async function nextStepsWith(url: string) {
  const before = (await api('GET', '/globals/guide-page', { token })).body.nextSteps
  const links = before.links.map((l: any, i: number) => (i === 0 ? { ...l, url } : l))
  const res = await api('POST', '/globals/guide-page', { token, body: { nextSteps: { links } } })
  const after = (await api('GET', '/globals/guide-page', { token })).body.nextSteps
  if (res.status === 200) {
    await api('POST', '/globals/guide-page', { token, body: { nextSteps: before } })
  }
  return { res, before, after }
}

describe('links lead only to pages the site serves, or to https addresses', () => {
  it.each([
    ['/jobs', /"\/jobs" is not a page of the site/],
    ['/guides/ai-careers', /is not a page of the site/],
    ['/career-path/no-such-stage', /names no published document of career-stages/],
    ['/skills/not-a-tool', /names no published document of tools/],
    ['http://jobs.example.org/', /full https:\/\/ address/],
    ['data:text/html,hi', /full https:\/\/ address/],
    ['//evil.example/', /not a page of the site/],
  ])('a Next Steps address %s: 400 naming the field, nothing saved', async (url, message) => {
    const { res, before, after } = await nextStepsWith(url)
    expect(res.status).toBe(400)
    expect(fieldErrors(res.body)).toEqual([
      expect.objectContaining({
        path: 'nextSteps.links.0.url',
        message: expect.stringMatching(message),
      }),
    ])
    expect(after).toEqual(before)
  })

  it.each([
    '/salaries#roles',
    '/skills/docker',
    '/career-path/mlops-engineer',
    '/#faq',
    'https://jobs.example.org/mlops',
    'mailto:careers@example.org',
    '',
  ])('a Next Steps address "%s" is accepted', async (url) => {
    const { res, after } = await nextStepsWith(url)
    expect(res.status).toBe(200)
    expect(after.links[0].url ?? '').toBe(url)
  })

  it('refuses a rich-text link to a page the site does not serve, naming the field', async () => {
    const id = await seededId('faqs', 'tools-to-learn')
    const answer = (await api('GET', `/faqs/${id}`, { token })).body.answer
    const withLink = (url: string) => ({
      root: {
        ...answer.root,
        children: [
          {
            type: 'paragraph',
            version: 1,
            format: '',
            indent: 0,
            direction: null,
            children: [
              {
                type: 'link',
                version: 3,
                format: '',
                indent: 0,
                direction: null,
                fields: { linkType: 'custom', url, newTab: false },
                children: [
                  {
                    type: 'text',
                    version: 1,
                    text: 'a link',
                    format: 0,
                    mode: 'normal',
                    style: '',
                    detail: 0,
                  },
                ],
              },
            ],
          },
        ],
      },
    })
    await rejectsUpdate(
      'faqs',
      id,
      { answer: withLink('/jobs') },
      { path: 'answer', message: /^Link "\/jobs" is not a page of the site/ },
    )
    await rejectsUpdate(
      'faqs',
      id,
      { answer: withLink('javascript:alert(1)') },
      { path: 'answer', message: /full https:\/\/ address/ },
    )
    const ok = await api('PATCH', `/faqs/${id}`, {
      token,
      body: { answer: withLink('/skills/docker') },
    })
    expect(ok.status).toBe(200)
    expect(ok.body.doc.answerHtml).toContain('href="/skills/docker"')
    await api('PATCH', `/faqs/${id}`, { token, body: { answer } })
  })

  it('refuses a navigation link that leaves the site', async () => {
    const before = (await api('GET', '/globals/site-settings', { token })).body
    const navigation = [...before.navigation, { label: 'Elsewhere', path: 'https://example.org/' }]
    const res = await api('POST', '/globals/site-settings', { token, body: { navigation } })
    expect(res.status).toBe(400)
    expect(fieldErrors(res.body)[0]).toMatchObject({
      path: `navigation.${before.navigation.length}.path`,
      message: expect.stringMatching(/must be a page of the site/),
    })
    expect((await api('GET', '/globals/site-settings', { token })).body.navigation).toEqual(
      before.navigation,
    )
  })
})
