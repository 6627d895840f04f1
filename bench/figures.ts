/**
 * `npm run bench:figures`: how long a figure change takes to reach every page that shows it.
 * On one fresh stack, in the same run:
 *   - baseline: an editor renames a tool; the ms until its page shows the new name;
 *   - live figure: an editor publishes a new minimum for the Senior band; the ms until every
 *     page that shows it has it: the pay FAQ that quotes it (a figure element, refetched
 *     through the notice's `alsoChanged`), the guide's table, /salaries, the stage page in
 *     that band, and /changes.
 * SAMPLES times each; prints median and max and their ratio; exits 1 if any took over 1 s.
 */
import { startTestStack, step } from '@mlops-guide/stack'

import { medianAndMax, stackClients } from './stackClients.ts'

const SAMPLES = Number(process.env.SAMPLES ?? 10)

const stack = await startTestStack({ web: true, env: { RATE_LIMIT_ANONYMOUS: '1000000' } })

const { cms, msUntilShown } = stackClients(stack)

let failed: boolean
try {
  const { token } = await cms('POST', '/users/login', undefined, {
    email: stack.env.SEED_ADMIN_EMAIL,
    password: stack.env.SEED_ADMIN_PASSWORD,
  })
  const tool = (await cms('GET', '/tools?where[slug][equals]=docker&depth=0')).docs[0]
  const senior = (await cms('GET', '/salary-bands?where[slug][equals]=senior&depth=0')).docs[0]
  // A stage whose years lie in the Senior band's alone: its pay (derived from its years) is
  // the Senior band's range.
  const stage = (await cms('GET', '/career-stages?depth=0&limit=100')).docs.find(
    (s: { yearsFrom: number }) => s.yearsFrom >= senior.yearsFrom,
  )

  step(`baseline: ${SAMPLES} tool renames, until the tool's page shows the new name`)
  const plain: number[] = []
  for (let k = 1; k <= SAMPLES; k++) {
    const name = `Docker (rename ${k} ${Date.now()})`
    plain.push(
      await msUntilShown(
        () => cms('PATCH', `/tools/${tool.id}`, token, { name }),
        [['/skills/docker', name]],
      ),
    )
  }
  await cms('PATCH', `/tools/${tool.id}`, token, { name: tool.name })

  step(`live figure: ${SAMPLES} publishes of the Senior band, until every page shows them`)
  const quoted: number[] = []
  for (let k = 1; k <= SAMPLES; k++) {
    const min = senior.minSalary + k * 1000
    const range = `$${min / 1000}k-$${senior.maxSalary / 1000}k`
    quoted.push(
      await msUntilShown(
        () =>
          cms('PATCH', `/salary-bands/${senior.id}`, token, {
            minSalary: min,
            _status: 'published',
          }),
        [
          ['/', `${range}+</span> for senior positions`],
          ['/', `<td class="figure">${range}</td>`],
          ['/salaries', range],
          [`/career-path/${stage.slug}`, range],
          ['/changes', range],
        ],
      ),
    )
  }
  await cms('PATCH', `/salary-bands/${senior.id}`, token, {
    minSalary: senior.minSalary,
    _status: 'published',
  })

  const a = medianAndMax(plain)
  const b = medianAndMax(quoted)
  const ms = (n: number) => `${Math.round(n)} ms`.padStart(8)
  console.log(`
                          tool rename (one page)   band publish (FAQ, table, /salaries, stage, /changes)   ratio
publish → visible median  ${ms(a.median).padStart(22)}   ${ms(b.median).padStart(53)}   ${(b.median / a.median).toFixed(2)}x
publish → visible max     ${ms(a.max).padStart(22)}   ${ms(b.max).padStart(53)}   ${(b.max / a.max).toFixed(2)}x
(${SAMPLES} publishes each)`)
  failed = a.max > 1000 || b.max > 1000
} finally {
  await stack.stop()
}
process.exit(failed ? 1 : 0)
