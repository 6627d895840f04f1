import { getPayload, type SanitizedConfig } from 'payload'

import type { Route } from './routes'

/**
 * Payload's preferences endpoint answers a signed-in DELETE of a key the user has no
 * preference under with a 500 (found by the fuzz test, every role). Asked only after such a
 * failure, so a delete that works costs no extra query.
 */
export async function isMissingPreference(
  config: SanitizedConfig,
  route: Route,
  request: Request,
): Promise<boolean> {
  if (route.collection?.slug !== 'payload-preferences' || route.pattern !== '/:key') return false
  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: request.headers })
  if (!user) return false
  const found = await payload.count({
    collection: 'payload-preferences',
    where: {
      key: { equals: route.params.key },
      'user.value': { equals: user.id },
      'user.relationTo': { equals: user.collection },
    },
    overrideAccess: true,
  })
  return found.totalDocs === 0
}

/**
 * A refusal in the API's one shape, { errors: [{ message }] }: some of Payload's endpoints
 * answer { message } alone (the jobs runner's 401), and clients read one format.
 */
export async function inErrorsShape(response: Response): Promise<Response> {
  if (response.status < 400) return response
  const text = await response.text()
  let body: unknown = null
  try {
    body = JSON.parse(text)
  } catch {
    // Not JSON: the text (or the status) becomes the message.
  }
  const record = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {}
  if (Array.isArray(record.errors)) {
    return new Response(text, { status: response.status, headers: response.headers })
  }
  const message =
    typeof record.message === 'string'
      ? record.message
      : text && !text.trimStart().startsWith('<')
        ? text.slice(0, 200)
        : `${response.status} ${response.statusText}`.trim()
  const headers = new Headers(response.headers)
  headers.set('content-type', 'application/json')
  headers.delete('content-length')
  return new Response(JSON.stringify({ errors: [{ message }] }), {
    status: response.status,
    headers,
  })
}
