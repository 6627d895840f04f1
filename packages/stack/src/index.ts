export { buildCms, cmsScript, seedCms, startCms, type CmsEnv } from './cms.ts'
export { startEmbeddedDatabase, type Database } from './database.ts'
export { step } from './log.ts'
export { cmsDir, dataDir, repoRoot, webDir } from './paths.ts'
export { freePort, run, startService, waitForHttp, type Service } from './processes.ts'
export { buildWeb, startWeb } from './web.ts'
export { guideDocumentLines, startTestStack, type TestStack } from './testStack.ts'
export { backupDatabase, restoreDatabase } from './backup.ts'
export { recordApps } from './leftovers.ts'
export { announceRestore, backupStack, restoreStack, stackDatabase } from './stackBackup.ts'
export { paragraph, publishAtScale } from './scaleContent.ts'
export { queryDatabase } from './sql.ts'
export {
  distinctUrl,
  FLOOD_CARDS,
  FLOOD_PAGES,
  requestDistinctUrls,
  rssMb,
} from './distinctUrls.ts'
