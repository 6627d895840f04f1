import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

/**
 * Debian's nginx on loopback with the given `http { }` contents, every file it writes kept
 * in `dir`; one worker, no access log (the benchmark measures, nginx only passes through).
 */
export async function startNginx(dir: string, http: string) {
  const conf = path.join(dir, 'nginx.conf')
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((t) => `${t}_temp_path ${dir};`)
    .join(' ')
  fs.writeFileSync(
    conf,
    `daemon off; worker_processes 1; pid ${dir}/nginx.pid; error_log ${dir}/error.log;
events { worker_connections 4096; }
http { access_log off; ${temp}
${http}
}`,
  )
  const child = spawn('nginx', ['-c', conf, '-p', dir], { stdio: 'inherit' })
  await new Promise((r) => setTimeout(r, 500))
  if (child.exitCode !== null) throw new Error(`nginx exited ${child.exitCode}`)
  return { stop: () => child.kill() }
}
