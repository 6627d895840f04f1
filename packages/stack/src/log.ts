/** Progress lines for the long steps (database start, build, seed), with elapsed time. */
const started = Date.now()

export function step(message: string): void {
  const seconds = ((Date.now() - started) / 1000).toFixed(1).padStart(6)
  process.stdout.write(`[stack ${seconds}s] ${message}\n`)
}

/** Prefixes each line of a child's output with its name, so interleaved logs stay readable. */
export function prefixLines(name: string, write: (line: string) => void) {
  let pending = ''
  return (chunk: Buffer | string) => {
    pending += chunk.toString()
    const lines = pending.split('\n')
    pending = lines.pop() ?? ''
    for (const line of lines) write(`${name.padEnd(4)} | ${line}\n`)
  }
}
