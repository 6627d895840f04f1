import { execFileSync, spawn } from 'node:child_process'

export type WrkResult = {
  requests: number
  rps: number
  p99ms: number
  errors: number
  /** wrk's own words for the failures, e.g. "Non-2xx or 3xx responses: 3" */
  errorKinds: string
}

/** Exits with a hint when a Debian tool the benchmark needs is missing. */
export function requireTools(...tools: string[]) {
  for (const tool of tools) {
    try {
      execFileSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' })
    } catch {
      console.error(`${tool} is missing: apt-get install -y ${tools.join(' ')}`)
      process.exit(2)
    }
  }
}

/**
 * wrk's text report: total requests, "Requests/sec", the 99% latency line, and every kind
 * of failure it counts (non-2xx/3xx answers and connect/read/write/timeout socket errors).
 */
export function parseWrk(out: string): WrkResult {
  const requests = Number(/(\d+) requests in/.exec(out)?.[1] ?? 0)
  const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1])
  const p99 = /99%\s+([\d.]+)(us|ms|s)/.exec(out)
  const unit = { us: 0.001, ms: 1, s: 1000 }[p99?.[2] as 'us' | 'ms' | 's'] ?? NaN
  const non2xx = Number(/Non-2xx or 3xx responses: (\d+)/.exec(out)?.[1] ?? 0)
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out)
  const errors = non2xx + (socket ? socket.slice(1).reduce((s, n) => s + Number(n), 0) : 0)
  const errorKinds = [socket?.[0], non2xx ? `Non-2xx or 3xx responses: ${non2xx}` : undefined]
    .filter(Boolean)
    .join('; ')
  return { requests, rps, p99ms: Number(p99?.[1]) * unit, errors, errorKinds }
}

export type WrkOptions = { threads: number; connections: number; seconds: number }

const args = (url: string, o: WrkOptions) => [
  '-t',
  String(o.threads),
  '-c',
  String(o.connections),
  '-d',
  `${o.seconds}s`,
  '--latency',
  '-H',
  'Accept-Encoding: gzip',
  url,
]

/** A bounded wrk run against a loopback URL, waited for. */
export const wrk = (url: string, o: WrkOptions): WrkResult =>
  parseWrk(execFileSync('wrk', args(url, o), { encoding: 'utf8' }))

/** The same, in the background, while the caller does other things. */
export function wrkInBackground(url: string, o: WrkOptions): Promise<WrkResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('wrk', args(url, o))
    let out = ''
    child.stdout.on('data', (c) => (out += c))
    child.on('error', reject)
    child.on('exit', (code) =>
      code === 0 ? resolve(parseWrk(out)) : reject(new Error(`wrk exited ${code}:\n${out}`)),
    )
  })
}
