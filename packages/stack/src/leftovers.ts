import fs from 'node:fs'
import path from 'node:path'

import { step } from './log.ts'
import { dataDir } from './paths.ts'

/**
 * The apps a run started, by pid, so that a run after a crash (kill -9 of the stack)
 * can stop the CMS and site it left behind before it needs their ports.
 */
const file = path.join(dataDir, 'running-apps.json')

export function recordApps(pids: Record<string, number | undefined>) {
  fs.mkdirSync(dataDir, { recursive: true })
  fs.writeFileSync(file, JSON.stringify(pids))
}

const commandLine = (pid: number) => {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ')
  } catch {
    return '' // gone (or not Linux): nothing to stop
  }
}

export async function stopLeftoverApps() {
  if (!fs.existsSync(file)) return
  const pids = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, number>
  for (const [name, pid] of Object.entries(pids)) {
    // Only a process that is still one of ours (a recycled pid is left alone).
    if (!/next|server\.js|vite/.test(commandLine(pid))) continue
    step(`stopping the ${name} left running by an earlier run (pid ${pid})`)
    process.kill(pid, 'SIGTERM')
    for (let i = 0; i < 50 && commandLine(pid); i++) await new Promise((r) => setTimeout(r, 100))
    if (commandLine(pid)) process.kill(pid, 'SIGKILL')
  }
  fs.rmSync(file, { force: true })
}
