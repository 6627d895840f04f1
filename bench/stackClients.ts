import { publishAtScale, step, type TestStack } from '@mlops-guide/stack'

/** The median and the largest of some timings. */
export const medianAndMax = (times: number[]) => {
  const sorted = [...times].sort((a, b) => a - b)
  return { median: sorted[Math.floor(sorted.length / 2)]!, max: sorted[sorted.length - 1]! }
}

/**
 * A bench's clients of a running stack: `cms` calls the REST API (JSON in, untyped JSON
 * out, as a script reads it), `site` fetches a page's HTML, and `msUntilShown` times a
 * change from its publish until every page named shows its text (10 s at most).
 */
export function stackClients(stack: TestStack) {
  const cms = async (method: string, path: string, token?: string, body?: unknown) => {
    const res = await fetch(`${stack.cmsUrl}/api${path}`, {
      method,
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `JWT ${token}` } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    // API answers, read as untyped JSON.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    return (await res.json()) as any
  }
  const site = async (path: string) => (await fetch(`${stack.webUrl}${path}`)).text()
  const msUntilShown = async (
    publish: () => Promise<unknown>,
    expect: [path: string, text: string][],
  ): Promise<number> => {
    const started = performance.now()
    await publish()
    let waiting = expect
    while (waiting.length && performance.now() - started < 10_000) {
      const pages = await Promise.all(waiting.map(([path]) => site(path)))
      waiting = waiting.filter((_, i) => !pages[i]!.includes(waiting[i]![1]))
      if (waiting.length) await new Promise((r) => setTimeout(r, 10))
    }
    return performance.now() - started
  }
  /** The seeded admin's token. */
  const adminToken = async (): Promise<string> =>
    (
      await cms('POST', '/users/login', undefined, {
        email: stack.env.SEED_ADMIN_EMAIL,
        password: stack.env.SEED_ADMIN_PASSWORD,
      })
    ).token
  /**
   * The benches' guide at scale: 1,000 tools, 250 companies and 100 FAQs published through
   * the API; answers once the site lists every tool. The tools' slugs.
   */
  const publishScale = async (token: string): Promise<string[]> => {
    step('publishing 1,000 tools, 250 companies and 100 FAQs through the API')
    const published = performance.now()
    const { toolSlugs } = await publishAtScale(stack.cmsUrl, token, {
      tools: 1000,
      companies: 250,
      faqs: 100,
    })
    step(`published in ${((performance.now() - published) / 1000).toFixed(1)} s`)
    while ((await site('/skills')).match(/href="\/skills\//g)?.length !== toolSlugs.length) {
      await new Promise((r) => setTimeout(r, 200))
    }
    return toolSlugs
  }
  return { cms, site, msUntilShown, adminToken, publishScale }
}
