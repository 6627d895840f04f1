import { spawn } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'

/** One answer as it went over the wire: status, headers (as sent) and the body's bytes. */
export type RawAnswer = { status: number; headers: [string, string][]; body: Buffer }

/** The site's answer to `url` exactly as sent for `Accept-Encoding: gzip` (not decoded). */
export const rawAnswer = (url: string): Promise<RawAnswer> =>
  new Promise((resolve, reject) => {
    http
      .get(url, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () => {
          const raw = res.rawHeaders
          const headers: [string, string][] = []
          for (let i = 0; i < raw.length; i += 2) headers.push([raw[i]!, raw[i + 1]!])
          resolve({ status: res.statusCode ?? 0, headers, body: Buffer.concat(chunks) })
        })
      })
      .on('error', reject)
  })

// The baseline server, run as its own Node process (the same Node as the site's): it
// answers every request with one status, header list and body, and does nothing else.
const SERVER = `
const fs = require('node:fs')
const http = require('node:http')
const { status, headers, bodyFile } = JSON.parse(fs.readFileSync(process.argv[1], 'utf8'))
const body = fs.readFileSync(bodyFile)
const flat = headers.flat()
http.createServer((req, res) => { res.writeHead(status, flat); res.end(body) })
  .listen(Number(process.argv[2]), '127.0.0.1', () => process.stdout.write('ready\\n'))
`

/**
 * A bare Node HTTP server (no framework, no log, no cache lookup) answering every request
 * with `answer`, byte for byte: the floor the site's cached-page path is measured against.
 * Connection-level headers are left to Node, as the site's server leaves them.
 */
export async function startBareNode(dir: string, port: number, answer: RawAnswer) {
  const bodyFile = path.join(dir, 'bare-body')
  const spec = path.join(dir, 'bare.json')
  fs.writeFileSync(bodyFile, answer.body)
  const hopByHop = new Set(['connection', 'keep-alive', 'date', 'transfer-encoding'])
  const headers = answer.headers.filter(([k]) => !hopByHop.has(k.toLowerCase()))
  fs.writeFileSync(spec, JSON.stringify({ status: answer.status, headers, bodyFile }))
  const child = spawn(process.execPath, ['-e', SERVER, spec, String(port)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  await new Promise<void>((resolve, reject) => {
    child.stdout.once('data', () => resolve())
    child.once('exit', (code) => reject(new Error(`the bare Node server exited ${code}`)))
  })
  return { stop: () => child.kill() }
}
