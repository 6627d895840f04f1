import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js'
import type { Payload } from 'payload'

import { databaseOutage, outageMessage } from '../database/outage'
import type { Citation } from './kinds'

/**
 * A tool's answer: the data as JSON text (what every MCP client shows a model) and as
 * structured content, plus a link to each page it cites (`resource_link`, MCP 2025-06-18).
 */
export function answer(data: Record<string, unknown>, cited: (Citation & { title: string })[]) {
  return {
    content: [
      { type: 'text', text: JSON.stringify(data, null, 2) },
      ...cited.map((c) => ({
        type: 'resource_link' as const,
        uri: c.url,
        name: c.title,
        mimeType: 'text/html',
      })),
    ],
    structuredContent: data,
  } satisfies CallToolResult
}

/** A tool's refusal the agent can act on (nothing found, a bad combination of arguments). */
export const refusal = (message: string): CallToolResult => ({
  content: [{ type: 'text', text: message }],
  isError: true,
})

/**
 * Runs a tool; a failure becomes a refusal that names no internals (the SDK would send the
 * error's own message, a database's included), and is logged.
 */
export async function guarded(
  payload: Payload,
  tool: string,
  run: () => Promise<CallToolResult>,
): Promise<CallToolResult> {
  try {
    return await run()
  } catch (error) {
    if (databaseOutage(error)) return refusal(outageMessage())
    payload.logger.error({ err: error, tool }, 'MCP tool failed')
    return refusal(`${tool} failed; try again later`)
  }
}
