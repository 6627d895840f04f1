/**
 * A refusal in two shapes at once: JSON-RPC's (`error`, with code -32000, a server error outside
 * the protocol's, and `id: null`, no request read), as MCP clients read one, and the API's
 * `{ errors: [{ message }] }`, which every other refusal of the API has.
 */
export const refusalBody = (message: string, error?: unknown, id: unknown = null) => ({
  jsonrpc: '2.0',
  error: error ?? { code: -32000, message },
  id,
  errors: [{ message }],
})

export const jsonRpcError = (status: number, message: string, headers?: HeadersInit) =>
  Response.json(refusalBody(message), { status, headers })

type Refused = { error?: { message?: unknown }; id?: unknown; errors?: { message?: unknown }[] }

/**
 * An error answer of the SDK's transport (JSON-RPC only) or of Payload (the 401 and 429 of
 * enforcePublicApiLimits: `{ errors }` only) given both shapes; other answers as they are.
 */
export async function inBothShapes(response: Response): Promise<Response> {
  if (response.status < 400 || !response.headers.get('content-type')?.includes('json')) {
    return response
  }
  const text = await response.text()
  let body: Refused = {}
  try {
    body = JSON.parse(text) as Refused
  } catch {
    // Not JSON after all: the status says what happened.
  }
  const said = body.error?.message ?? body.errors?.[0]?.message
  const message = typeof said === 'string' ? said : `${response.status} ${response.statusText}`
  const headers = new Headers(response.headers)
  headers.delete('content-length')
  return new Response(JSON.stringify(refusalBody(message, body.error, body.id ?? null)), {
    status: response.status,
    headers,
  })
}
