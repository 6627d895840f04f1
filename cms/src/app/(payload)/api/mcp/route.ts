/* The MCP server's route (src/mcp): Payload's REST handler for POST, a JSON-RPC 405 for the
   methods a stateless server does not answer. */
import config from '@payload-config'
import { mcpNotAllowed, mcpOptions, mcpPost } from '@/mcp/route'

export const POST = mcpPost(config)
export const OPTIONS = mcpOptions(config)
export const GET = mcpNotAllowed
export const DELETE = mcpNotAllowed
export const PUT = mcpNotAllowed
export const PATCH = mcpNotAllowed
