import http from 'node:http'

/**
 * What clients saw while a server stopped under load:
 * - answered: a full answer (closing: of those, how many said `Connection: close`);
 * - refused: a new connection refused once the port had closed (expected: a client or load
 *   balancer goes elsewhere);
 * - failed: a request the server had taken (its connection was open) that got no answer: a
 *   reset or hang-up on a kept-alive or new connection, or a 5xx answer.
 */
export type LoadCounts = {
  answered: number
  closing: number
  refused: number
  failed: number
  failures: string[]
}

/** One GET on `agent`, classified as above. */
function once(url: string, agent: http.Agent, counts: LoadCounts): Promise<'open' | 'refused'> {
  return new Promise((resolve) => {
    const req = http.get(url, { agent }, (res) => {
      res.resume()
      res.once('end', () => {
        if (res.statusCode! >= 500) {
          counts.failed++
          counts.failures.push(`${res.statusCode} answer`)
        } else counts.answered++
        if (res.headers.connection === 'close') counts.closing++
        resolve('open')
      })
      res.once('error', (error) => {
        counts.failed++
        counts.failures.push(`answer cut: ${error.message}`)
        resolve('open')
      })
    })
    req.once('error', (error: NodeJS.ErrnoException) => {
      if (!req.reusedSocket && error.code === 'ECONNREFUSED') {
        counts.refused++
        return resolve('refused')
      }
      counts.failed++
      const on = req.reusedSocket ? 'kept-alive' : 'new'
      counts.failures.push(`${error.code ?? error.message} on a ${on} connection`)
      resolve('open')
    })
  })
}

/**
 * Keeps `connections` keep-alive clients busy on `urls` (each client takes them in turn),
 * calls `signal` once `warmUpMs` have passed, and runs until every client met a closed
 * port, or `maxMs` ran out.
 */
export async function loadWhile(
  urls: string[],
  opts: { connections: number; warmUpMs: number; maxMs: number; signal: () => void },
): Promise<LoadCounts> {
  const counts: LoadCounts = { answered: 0, closing: 0, refused: 0, failed: 0, failures: [] }
  const deadline = Date.now() + opts.maxMs
  const client = async (i: number) => {
    // One agent per client: one kept-alive connection each.
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 })
    let n = i
    while (Date.now() < deadline) {
      const outcome = await once(urls[n++ % urls.length]!, agent, counts)
      if (outcome === 'refused') break
    }
    agent.destroy()
  }
  const clients = Array.from({ length: opts.connections }, (_, i) => client(i))
  const timer = setTimeout(opts.signal, opts.warmUpMs)
  await Promise.all(clients)
  clearTimeout(timer)
  return counts
}
