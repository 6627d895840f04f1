export { createAppServer } from './appServer.js'
export { logJson } from './requestLog.js'
export { TIMEOUTS, timeoutsFrom } from './requestBodies.js'
