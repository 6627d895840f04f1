import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process'

import { prefixLines, step } from './log.ts'

export type Service = { name: string; child: ChildProcess; stop: () => Promise<void> }

type Env = Record<string, string | undefined>
type RunOptions = {
  cwd: string
  env?: Env
  quiet?: boolean
  /** false: the child gets `env` alone, not this process's environment too. */
  inheritEnv?: boolean
}

function spawnPrefixed(name: string, cmd: string, args: string[], opts: RunOptions) {
  const spawnOpts: SpawnOptions = {
    cwd: opts.cwd,
    env: { ...(opts.inheritEnv === false ? {} : process.env), ...opts.env } as NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  }
  const child = spawn(cmd, args, spawnOpts)
  // Quiet output is still read and dropped: a pipe nobody reads fills up (64 kB), and the
  // child then blocks on its next log line, freezing the whole app.
  child.stdout?.resume()
  child.stderr?.resume()
  if (!opts.quiet) {
    child.stdout?.on(
      'data',
      prefixLines(name, (l) => process.stdout.write(l)),
    )
    child.stderr?.on(
      'data',
      prefixLines(name, (l) => process.stderr.write(l)),
    )
  }
  return child
}

/** Runs a command to completion; rejects with its exit code and last output on failure. */
export function run(name: string, cmd: string, args: string[], opts: RunOptions): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawnPrefixed(name, cmd, args, opts)
    let tail = ''
    const keep = (c: Buffer) => (tail = (tail + c.toString()).slice(-4000))
    child.stdout?.on('data', keep)
    child.stderr?.on('data', keep)
    child.on('error', reject)
    child.on('exit', (code, signal) =>
      code === 0
        ? resolve()
        : reject(
            new Error(`${name}: \`${cmd} ${args.join(' ')}\` failed (${code ?? signal})\n${tail}`),
          ),
    )
  })
}

/** Starts a long-running process; stop() sends SIGTERM and waits (SIGKILL after 10 s). */
export function startService(name: string, cmd: string, args: string[], opts: RunOptions): Service {
  const child = spawnPrefixed(name, cmd, args, opts)
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  return {
    name,
    child,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return
      child.kill('SIGTERM')
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000)
      await exited
      clearTimeout(timer)
    },
  }
}

/** Polls a URL until it answers below 500, or fails after `timeoutMs`. */
export async function waitForHttp(url: string, service: Service, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (service.child.exitCode !== null) {
      throw new Error(
        `${service.name} exited (code ${service.child.exitCode}) before ${url} answered`,
      )
    }
    try {
      const res = await fetch(url, { redirect: 'manual' })
      if (res.status < 500) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`)
}

/** A free TCP port on the loopback interface. */
export async function freePort(): Promise<number> {
  const net = await import('node:net')
  return new Promise((resolve, reject) => {
    const srv = net.createServer()
    srv.once('error', reject)
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address()
      srv.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()))
    })
  })
}

export { step }
