export { createAppServer } from './appServer.js'
export { consoleToJsonLines, logJson } from './requestLog.js'
