export { createAppServer, ROUTED_METHODS } from './appServer.js'
export { logJson } from './requestLog.js'
