import fs from 'node:fs'
import path from 'node:path'

import { cmsDir } from '@mlops-guide/stack'

import { cmsUrl, randomAddress } from './helpers'

/**
 * The id Next gave the admin's server function (app/(payload)/layout.tsx) in this build: the
 * admin's browser code holds it too, so any client that loads the admin can call it.
 */
function serverFunctionId(): string {
  const manifest = JSON.parse(
    fs.readFileSync(path.join(cmsDir, '.next/server/server-reference-manifest.json'), 'utf8'),
  ) as { node: Record<string, { filename: string }> }
  const found = Object.entries(manifest.node).find(([, action]) =>
    action.filename.endsWith('src/app/(payload)/layout.tsx'),
  )
  if (!found) throw new Error('no server function of the admin layout in the build')
  return found[0]
}

/**
 * Calls one of the admin's server functions (`schedule-publish`, …) the way the admin's
 * browser code does: a POST to an admin page naming the action, its arguments encoded as
 * React encodes them (a Date is "$D" and its ISO text). Returns what the function returned,
 * read back from the React Server Components answer.
 */
export async function callServerFunction(
  token: string | undefined,
  name: string,
  args: Record<string, unknown>,
): Promise<{ status: number; result: any }> {
  const res = await fetch(`${cmsUrl()}/admin`, {
    method: 'POST',
    headers: {
      'next-action': serverFunctionId(),
      'content-type': 'text/plain;charset=UTF-8',
      accept: 'text/x-component',
      'x-forwarded-for': randomAddress(),
      ...(token ? { authorization: `JWT ${token}` } : {}),
    },
    body: JSON.stringify([{ name, args }]),
  })
  const text = await res.text()
  // Rows are `<id>:<JSON>`; row 0 points at the result ("$@1"), which follows as row 1.
  const row = text.split('\n').find((line) => line.startsWith('1:'))
  return { status: res.status, result: row ? JSON.parse(row.slice(2)) : text }
}

/** A Date as React's server-function arguments carry it. */
export const reactDate = (date: Date) => `$D${date.toISOString()}`
