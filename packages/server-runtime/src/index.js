export { createAppServer, ROUTED_METHODS } from './appServer.js'
export { consoleToJsonLines, logJson } from './requestLog.js'
