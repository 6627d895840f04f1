/**
 * An HTTP refusal as JSON-RPC clients read one, in the shape the SDK's transport gives its own
 * (code -32000: a server error outside the protocol's, `id: null`: no request was read).
 */
export const jsonRpcError = (status: number, message: string, headers?: HeadersInit) =>
  Response.json({ jsonrpc: '2.0', error: { code: -32000, message }, id: null }, { status, headers })
