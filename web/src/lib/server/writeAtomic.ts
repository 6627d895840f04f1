import fs from 'node:fs'
import path from 'node:path'

/**
 * Writes `data` to `file` whole or not at all (a temporary file renamed over it), making its
 * folder first: a crash mid-write never leaves half a file for the next start to read.
 */
export function writeAtomic(file: string, data: string) {
  fs.mkdirSync(path.dirname(file), { recursive: true })
  const tmp = `${file}.${process.pid}.tmp`
  fs.writeFileSync(tmp, data)
  fs.renameSync(tmp, file)
}
