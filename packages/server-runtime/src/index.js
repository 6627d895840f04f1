export { createAppServer } from './appServer.js'
export { logJson } from './requestLog.js'
