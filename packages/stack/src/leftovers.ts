import fs from 'node:fs'
import path from 'node:path'

import { step } from './log.ts'
import { dataDir } from './paths.ts'

/**
 * The processes a run started, by pid (`stack`: the run itself; the apps by name), so that
 * a run after a crash (kill -9 of the stack) can stop the CMS and site it left behind
 * before it needs their ports, and a restore can refuse while they run.
 */
const recordFile = (dir: string) => path.join(dir, 'running-apps.json')

export function recordApps(pids: Record<string, number | undefined>, dir = dataDir) {
  fs.mkdirSync(dir, { recursive: true })
  fs.writeFileSync(recordFile(dir), JSON.stringify(pids))
}

/** A clean stop: nothing is left to find. */
export function forgetApps(dir = dataDir) {
  fs.rmSync(recordFile(dir), { force: true })
}

const commandLine = (pid: number) => {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ')
  } catch {
    return '' // gone (or not Linux): nothing to stop
  }
}

// Only a process that is still one of ours counts (a recycled pid is left alone).
const isApp = (pid: number) => /next|server\.js|vite/.test(commandLine(pid))

function recorded(dir: string): Record<string, number> {
  const file = recordFile(dir)
  return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : {}
}

/** The recorded apps still running, and the run that started them when it still runs too. */
export function runningApps(dir = dataDir) {
  const { stack, ...apps } = recorded(dir)
  return {
    apps: Object.entries(apps)
      .filter(([, pid]) => isApp(pid))
      .map(([name, pid]) => ({ name, pid })),
    stack: stack && commandLine(stack).includes('cli.ts') ? stack : undefined,
  }
}

export async function stopLeftoverApps(dir = dataDir) {
  for (const { name, pid } of runningApps(dir).apps) {
    step(`stopping the ${name} left running by an earlier run (pid ${pid})`)
    process.kill(pid, 'SIGTERM')
    for (let i = 0; i < 50 && commandLine(pid); i++) await new Promise((r) => setTimeout(r, 100))
    if (commandLine(pid)) process.kill(pid, 'SIGKILL')
  }
  forgetApps(dir)
}
