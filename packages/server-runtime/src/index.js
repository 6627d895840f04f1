export { createAppServer, ROUTED_METHODS } from './appServer.js'
export { consoleToJsonLines, logJson } from './requestLog.js'
export { TIMEOUTS, timeoutsFrom } from './requestBodies.js'
