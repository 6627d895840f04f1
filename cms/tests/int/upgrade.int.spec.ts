import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import {
  cmsDir,
  freePort,
  restoreDatabase,
  startEmbeddedDatabase,
  startService,
  waitForHttp,
  type Database,
} from '@mlops-guide/stack'

import { faqs } from '../../src/seed/fixtures/faqs'
import { learningPath, questionsFirst } from '../../src/seed/fixtures/learningPath'
import { tools } from '../../src/seed/fixtures/tools'
import { checkOutRelease, runInRelease } from './earlierRelease'

// The last commit before live figures (1193a94): its database has two of today's migrations
// and prose whose figures are typed text, as every release before live figures left it.
const EARLIER = '4eb4846efcb302981e8e0b73ad008ff041f6fc59'
const EARLIER_MIGRATIONS = ['20261129_173427_initial', '20261129_180154_site_pages']

const DRAFT_TEXT = 'A pending draft: juniors earn $120k-$160k; the typo $123k-$456k stays text.'

// Runs inside the earlier release (its runTask migrates and seeds as its server did), then
// leaves what an editor would: a pending draft of a FAQ over its published answer.
const EDITOR_SCRIPT = `
import { markdownConverter } from '../seed/richText'
import { runTask } from './run'

await runTask('earlier release', async (payload) => {
  const { docs } = await payload.find({ collection: 'faqs', depth: 0, pagination: false })
  const faq = docs.find((doc) => JSON.stringify(doc.answer).includes('$120k-$160k'))
  if (!faq) throw new Error('no FAQ quotes $120k-$160k')
  const toLexical = await markdownConverter(payload.config)
  const answer = toLexical('${DRAFT_TEXT}')
  await payload.update({ collection: 'faqs', id: faq.id, data: { answer }, draft: true, context: { disableRevalidate: true } })
})
`

type Lexical = { root: Node }
type Node = { type?: string; text?: string; fields?: Record<string, any>; children?: Node[] }

/** What a reader reads: text nodes and figure elements (their text), in order. */
function readable(value: Lexical): string {
  const visit = (node: Node): string =>
    node.type === 'text'
      ? node.text!
      : node.type === 'inlineBlock'
        ? String(node.fields?.text)
        : (node.children ?? []).map(visit).join('') + (node.type === 'paragraph' ? '\n' : '')
  return visit(value.root)
}

const figuresIn = (value: Lexical): string[] => {
  const found: string[] = []
  const visit = (node: Node) => {
    if (node.type === 'inlineBlock' && node.fields?.blockType === 'figure')
      found.push(String(node.fields.text))
    node.children?.forEach(visit)
  }
  visit(value.root)
  return found
}

const textsIn = (value: Lexical): string[] => {
  const found: string[] = []
  const visit = (node: Node) => {
    if (node.type === 'text') found.push(node.text!)
    node.children?.forEach(visit)
  }
  visit(value.root)
  return found
}

async function query<T = any>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return (await client.query(sql, params)).rows
  } finally {
    await client.end()
  }
}

const migrationNames = () =>
  fs
    .readdirSync(path.join(cmsDir, 'src/migrations'))
    .filter((f) => /^\d{8}_\d{6}_.+\.ts$/.test(f))
    .map((f) => f.replace(/\.ts$/, ''))
    .sort()

/** The published FAQs and the guide page's prose, as stored. */
async function prose(url: string) {
  const faqs = await query<{ id: number; question: string; answer: Lexical }>(
    url,
    'select id, question, answer from faqs order by id',
  )
  const [page] = await query<Record<string, Lexical>>(
    url,
    'select why_body, companies_footnote, salaries_footnote from guide_page',
  )
  return { faqs, page: page! }
}

/** The newest version of a FAQ (what the admin opens): its status and answer. */
async function newestVersion(url: string, id: number) {
  const [row] = await query<{ status: string; answer: Lexical }>(
    url,
    'select version__status as status, version_answer as answer from _faqs_v where parent_id = $1 and latest',
    [id],
  )
  return row!
}

describe('upgrading a database made by an earlier release', () => {
  let dir: string
  let dbDir: string
  let db: Database
  let before: Awaited<ReturnType<typeof prose>>
  let draftOf: number
  let log = ''
  let started = 0
  let failed: Awaited<ReturnType<typeof startToday>> & {
    migrations?: { name: string }[]
    files?: string[]
  }
  const backups = () => path.join(dir, 'backups')

  /** Today's CMS (the built server, as the image runs it) on the database, until it serves or exits. */
  async function startToday(env: Record<string, string> = {}) {
    const port = await freePort()
    const cms = startService('cms', process.execPath, ['server.js', '--port', String(port)], {
      cwd: cmsDir,
      env: {
        ...inject('cmsEnv'),
        NODE_ENV: 'production',
        DATABASE_URL: db.url,
        PRE_MIGRATION_BACKUP: backups(),
        ...env,
      },
      quiet: true,
    })
    let output = ''
    let served = false
    cms.child.stdout!.on('data', (c) => (output += c))
    cms.child.stderr!.on('data', (c) => (output += c))
    try {
      await waitForHttp(`http://127.0.0.1:${port}/api/health`, cms, 180_000)
      served = true
    } catch {
      // exited: the caller looks at the code and the log
    } finally {
      await cms.stop()
    }
    return { served, code: cms.child.exitCode, log: output }
  }

  beforeAll(async () => {
    started = Date.now()
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlops-guide-upgrade-'))
    // Its own temp folder: the server runs as another user when the tests run as root.
    dbDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlops-guide-upgrade-db-'))
    db = await startEmbeddedDatabase({
      dataDir: dbDir,
      port: await freePort(),
      database: 'earlier',
      quiet: true,
    })
    const release = path.join(dir, 'release')
    fs.mkdirSync(release)
    checkOutRelease(EARLIER, release)
    fs.writeFileSync(path.join(release, 'cms/src/scripts/editorContent.ts'), EDITOR_SCRIPT)
    await runInRelease(release, 'src/scripts/editorContent.ts', {
      ...inject('cmsEnv'),
      DATABASE_URL: db.url,
      SITE_REVALIDATE_URLS: '',
      NODE_ENV: 'development',
    })
    before = await prose(db.url)
    const drafts = await query(
      db.url,
      "select parent_id from _faqs_v where latest and version__status = 'draft'",
    )
    expect(drafts).toHaveLength(1)
    draftOf = drafts[0].parent_id
    console.log(`earlier release's database made in ${Date.now() - started} ms`)

    // Today's CMS whose backup cannot run: it must stop before migrating.
    failed = await startToday({ PG_DUMP: path.join(dir, 'no-pg_dump') })
    failed.migrations = await query(db.url, 'select name from payload_migrations order by name')
    failed.files = fs.existsSync(backups()) ? fs.readdirSync(backups()) : []
    // Today's CMS, as the image runs it, on that database.
    const upgrade = await startToday()
    expect(upgrade.served, upgrade.log).toBe(true)
    log = upgrade.log
    console.log(`upgraded in ${Date.now() - started} ms in all`)
    console.log(/backup before migrating written to [^)]*\)/.exec(log)?.[0] ?? log)
  })
  afterAll(async () => {
    await db?.stop()
    for (const d of [dir, dbDir]) if (d) fs.rmSync(d, { recursive: true, force: true })
  })

  it('the earlier release really predates live figures: its prose quotes figures as text', () => {
    expect(before.faqs.length).toBeGreaterThan(0)
    expect(before.faqs.flatMap((f) => figuresIn(f.answer))).toEqual([])
    expect(before.faqs.some((f) => readable(f.answer).includes('$120k-$160k'))).toBe(true)
  })

  it('a backup that fails stops the upgrade, saying why, and applies no migration', () => {
    expect(failed.served).toBe(false)
    expect(failed.code).toBe(1)
    expect(failed.log).toContain('The backup before migrating failed, so no migration was applied')
    expect(failed.log).toContain('no-pg_dump could not run')
    expect(failed.migrations!.map((r) => r.name)).toEqual(EARLIER_MIGRATIONS)
    expect(failed.files).toEqual([])
  })

  it('a backup was written before migrating, the log says where, and it restores the earlier database', async () => {
    const files = fs.readdirSync(backups())
    expect(files).toHaveLength(1)
    const file = path.join(backups(), files[0]!)
    expect(files[0]).toMatch(new RegExp(`before-${migrationNames().at(-1)}\\.dump$`))
    expect(log).toContain(`backup before migrating written to ${file}`)

    await query(db.url, 'create database restored')
    const restored = db.url.replace(/\/earlier$/, '/restored')
    restoreDatabase(restored, file)
    const applied = await query(restored, 'select name from payload_migrations order by name')
    expect(applied.map((r) => r.name)).toEqual(EARLIER_MIGRATIONS)
    expect(await prose(restored)).toEqual(before)
  })

  it('applies every migration', async () => {
    const applied = await query(db.url, 'select name from payload_migrations order by name')
    expect(applied.map((r) => r.name)).toEqual(migrationNames())
  })

  it('keeps all content: every FAQ and the guide page read as before', async () => {
    const after = await prose(db.url)
    expect(after.faqs.map((f) => [f.id, f.question, readable(f.answer)])).toEqual(
      before.faqs.map((f) => [f.id, f.question, readable(f.answer)]),
    )
    for (const key of Object.keys(before.page))
      expect(readable(after.page[key]!)).toBe(readable(before.page[key]!))
  })

  it('published prose now has live figures where the text matched a figure exactly, and the quotes are indexed', async () => {
    const after = await prose(db.url)
    const faq = after.faqs.find((f) => f.id === draftOf)!
    expect(figuresIn(faq.answer)).toContain('$120k-$160k')
    // Text that is no figure stays text.
    const typed = before.faqs.find((f) => f.id === draftOf)!
    expect(textsIn(faq.answer).join('')).not.toContain('$120k-$160k')
    expect(readable(faq.answer)).toBe(readable(typed.answer))
    const refs = await query(db.url, 'select source from figure_quotes where source = $1', [
      `faqs/${draftOf}`,
    ])
    expect(refs.length).toBeGreaterThan(0)
  })

  it("an editor's pending draft stays the newest version, pending, with its own figures linked and its other text untouched", async () => {
    const newest = await newestVersion(db.url, draftOf)
    expect(newest.status).toBe('draft')
    expect(readable(newest.answer).trim()).toBe(DRAFT_TEXT)
    expect(figuresIn(newest.answer)).toEqual(['$120k-$160k'])
    expect(textsIn(newest.answer).join('')).toContain('$123k-$456k')
    const [published] = await query(db.url, 'select answer from faqs where id = $1', [draftOf])
    expect(readable(published.answer)).not.toContain('pending draft')
  })

  it('fills from the guide what later releases added: questions first, the learning path, whom FAQs answer, tools named in a line', async () => {
    const slugs = async (sql: string, params: unknown[] = []) =>
      (await query<{ slug: string }>(db.url, sql, params)).map((r) => r.slug)
    const pageRels = (path: string, table: 'faqs' | 'tools') =>
      slugs(
        `select d.slug from guide_page_rels r join ${table} d on d.id = r.${table}_id where r.path = $1 order by r.order`,
        [path],
      )
    expect(await pageRels('hero.questions', 'faqs')).toEqual(questionsFirst)
    const steps = await query(
      db.url,
      'select text from guide_page_learning_path_steps order by _order',
    )
    expect(steps.map((s) => s.text)).toEqual(learningPath.steps.map((s) => s.text))
    for (const [i, step] of learningPath.steps.entries())
      expect(await pageRels(`learningPath.steps.${i}.tools`, 'tools')).toEqual(step.tools)
    expect(
      await slugs('select f.slug from guide_page g join faqs f on f.id = g.learning_path_faq_id'),
    ).toEqual([learningPath.faq])
    const carries = await query(db.url, 'select text from guide_page_learning_path_carries_over')
    expect(carries).toHaveLength(learningPath.carriesOver.length)

    for (const faq of faqs.filter((f) => f.stages || f.fromRoles)) {
      const rel = (table: string, path: string) =>
        slugs(
          `select d.slug from faqs_rels r join faqs f on f.id = r.parent_id join ${table} d on d.id = r.${table}_id where f.slug = $1 and r.path = $2 order by r.order`,
          [faq.slug, path],
        )
      expect(await rel('career_stages', 'stages')).toEqual(faq.stages ?? [])
      expect(await rel('roles', 'fromRoles')).toEqual(faq.fromRoles ?? [])
    }
    const named = await query(
      db.url,
      'select t.slug, n.slug as named_in from tools t join tools n on n.id = t.named_in_id',
    )
    expect(named.map((r) => `${r.slug} in ${r.named_in}`).sort()).toEqual(
      tools
        .filter((t) => t.namedIn)
        .map((t) => `${t.slug} in ${t.namedIn}`)
        .sort(),
    )
    expect(log).toContain(
      'upgrade: the questions answered first and the learning path: 1 version filled from the guide',
    )
  })

  it('a second start changes nothing', async () => {
    const upgraded = await prose(db.url)
    const again = await startToday()
    expect(again.served, again.log).toBe(true)
    expect(again.log).not.toMatch(/backup before migrating|live figures|filled from the guide/)
    expect(await prose(db.url)).toEqual(upgraded)
    expect(fs.readdirSync(backups())).toHaveLength(1)
  })

  it('rolling back: the backup restored over the upgraded database leaves exactly the earlier tables, and upgrading again works', async () => {
    const tables = (url: string) =>
      query(
        url,
        "select table_name from information_schema.tables where table_schema = 'public' order by 1",
      )
    const file = path.join(backups(), fs.readdirSync(backups())[0]!)
    restoreDatabase(db.url, file)
    expect(await tables(db.url)).toEqual(await tables(db.url.replace(/\/earlier$/, '/restored')))
    expect(await prose(db.url)).toEqual(before)
    const again = await startToday()
    expect(again.served, again.log).toBe(true)
    const applied = await query(db.url, 'select name from payload_migrations order by name')
    expect(applied.map((r) => r.name)).toEqual(migrationNames())
    console.log(`upgrade test done in ${Date.now() - started} ms`)
  })
})
