import { CHALLENGE, credentialsOf } from '../credentials'

/**
 * A request the checks refuse before Payload sees it: the status and the one parameter or
 * field at fault. Rendered in Payload's own error shape, so clients read one format:
 * { errors: [{ message, data: { errors: [{ path, message }] } }] }.
 */
export class RequestProblem extends Error {
  constructor(
    readonly status: 400 | 401 | 404 | 405 | 413 | 415,
    readonly path: string,
    message: string,
    /** A 405's Allow header: the methods the path answers. */
    readonly allow: string[] = [],
  ) {
    super(message)
  }
}

/** What `check` resolves to, or, when it finds a RequestProblem, the response that says so. */
export async function orProblem<T>(check: Promise<T>): Promise<T | Response> {
  try {
    return await check
  } catch (error) {
    if (error instanceof RequestProblem) return problemResponse(error)
    throw error
  }
}

export const problem = (
  status: RequestProblem['status'],
  path: string,
  message: string,
  allow?: string[],
) => new RequestProblem(status, path, message, allow)

/** A 405 for `method`, listing what the path answers. */
export const notAllowed = (method: string, allow: string[]) =>
  problem(405, 'method', `${method} is not answered here; use ${allow.join(', ')}`, allow)

export const problemResponse = (p: RequestProblem) =>
  Response.json(
    {
      errors: [
        {
          message: `${p.path}: ${p.message}`,
          data: { errors: [{ path: p.path, message: p.message }] },
        },
      ],
    },
    {
      status: p.status,
      headers: {
        ...(p.allow.length ? { allow: p.allow.join(', ') } : {}),
        ...(p.status === 401 ? { 'www-authenticate': CHALLENGE } : {}),
      },
    },
  )

/** Quotes a client's value in a message, cut short: it may be huge or hostile. */
export const quote = (value: unknown) => {
  const text = typeof value === 'string' ? value : JSON.stringify(value)
  return JSON.stringify((text ?? String(value)).length > 60 ? `${text.slice(0, 60)}…` : text)
}

/**
 * An Authorization header in a scheme nobody here answers to (credentials.ts): refused before
 * Payload runs, which would ignore it and answer as if no header had been sent.
 */
export function checkCredentials(request: Request) {
  const credentials = credentialsOf(request.headers.get('authorization'))
  if (credentials.kind === 'unusable') throw problem(401, 'authorization', credentials.message)
}
