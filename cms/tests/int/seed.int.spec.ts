import { describe, expect, inject, it } from 'vitest'

import { seedCms } from '@mlops-guide/stack'

import { guideFromApi, normaliseTitle, readGuideDocument } from './guideDocument'
import { adminLogin, api } from './helpers'
import { CONTENT_COLLECTIONS, seededId } from './samples'

const COLLECTIONS = CONTENT_COLLECTIONS

/** Every document of every content collection (drafts included), as the API serves it. */
async function snapshot(token: string) {
  const out: Record<string, unknown> = {}
  for (const c of COLLECTIONS) {
    out[c] = (await api('GET', `/${c}?limit=100&depth=0&draft=true&sort=id`, { token })).body.docs
  }
  out['guide-page'] = (await api('GET', '/globals/guide-page?depth=0&draft=true', { token })).body
  return out
}

const runSeed = (...args: string[]) => seedCms(inject('cmsEnv'), args, { quiet: true })

describe('the seed', () => {
  it('puts every line of the guide document into the CMS, figures exact', async () => {
    const document = normaliseTitle(readGuideDocument())
    const fromApi = await guideFromApi()
    expect(fromApi).toEqual(document)
  })

  it('stores salaries in whole dollars with an open-ended top', async () => {
    const bands = (await api('GET', '/salary-bands?depth=0&limit=100')).body.docs
    expect(
      bands.map((b: any) => [b.level, b.minSalary, b.maxSalary, b.openEnded, b.currency]),
    ).toEqual([
      ['Junior', 120000, 160000, false, 'USD'],
      ['Mid', 160000, 210000, false, 'USD'],
      ['Senior', 210000, 270000, false, 'USD'],
      ['Staff/Principal', 270000, 380000, true, 'USD'],
    ])
    for (const band of bands) {
      expect(band.source).toBeTruthy()
      // The guide gives no date for its figures: the seed invents none.
      expect(band.asOf ?? null).toBeNull()
    }
  })

  it('connects the data: stages to skills (not to bands), roles to tools, tools to categories', async () => {
    const stages = (await api('GET', '/career-stages?depth=1&limit=100')).body.docs
    // The guide never pairs a stage with a band: the site derives pay from the years.
    expect(stages.map((s: any) => s.salaryBand ?? null)).toEqual(stages.map(() => null))
    for (const stage of stages) expect(stage.keySkills.length).toBeGreaterThan(0)
    const roles = (await api('GET', '/roles?depth=1')).body.docs
    expect(roles.flatMap((r: any) => r.keyTools.map((t: any) => t.slug))).toContain('kubernetes')
    const tools = (await api('GET', '/tools?depth=1&limit=100')).body.docs
    for (const name of [
      'Jenkins',
      'Terraform',
      'PyTorch',
      'HuggingFace',
      'Jupyter',
      'TorchServe',
      'Triton',
    ]) {
      expect(tools.map((t: any) => t.name)).toContain(name)
    }
    expect(new Set(tools.filter((t: any) => t.category).map((t: any) => t.category.title))).toEqual(
      new Set([
        'Infrastructure & Deployment',
        'ML Pipeline Tools',
        'Monitoring & Observability',
        'Programming',
      ]),
    )
    // A line naming several tools names each: "Terraform/Pulumi for IaC", "Go or Rust".
    const namedIn = (slug: string) => tools.find((t: any) => t.slug === slug)?.namedIn?.slug
    expect(['pulumi', 'dagster', 'grafana', 'rust'].map(namedIn)).toEqual([
      'terraform',
      'apache-airflow',
      'prometheus',
      'go',
    ])
  })

  it('is idempotent: a second run creates nothing and changes nothing', async () => {
    const token = await adminLogin()
    const before = await snapshot(token)
    await runSeed()
    expect(await snapshot(token)).toEqual(before)
  })

  it("keeps an editor's change on a later run, and --reset restores the original", async () => {
    const token = await adminLogin()
    const id = await seededId('salary-bands', 'junior')
    const edited = await api('PATCH', `/salary-bands/${id}`, { token, body: { maxSalary: 165000 } })
    expect(edited.status).toBe(200)
    const extra = await api('POST', '/faqs', {
      token,
      body: {
        question: 'An editor question?',
        answer: (await api('GET', '/faqs?limit=1')).body.docs[0].answer,
        _status: 'published',
      },
    })
    expect(extra.status).toBe(201)

    await runSeed()
    expect((await api('GET', `/salary-bands/${id}`)).body.maxSalary).toBe(165000)
    expect((await api('GET', '/faqs/count')).body.totalDocs).toBe(6)

    await runSeed('--reset')
    const band = (await api('GET', '/salary-bands?where[slug][equals]=junior')).body.docs[0]
    expect(band.maxSalary).toBe(160000)
    expect((await api('GET', '/faqs/count')).body.totalDocs).toBe(5)
    expect(await guideFromApi()).toEqual(normaliseTitle(readGuideDocument()))
  }, 120_000) // two seed runs, each its own process: 30 s was too short on a loaded CI machine
})
