import type { Config } from 'payload'

import { isProduction } from './env'
import { jsonLinesLogger } from './framework/payloadLogger'

/**
 * Payload's own log lines in production: JSON lines like every other line of the process
 * (framework/payloadLogger.ts). Payload's default is pino-pretty with colour codes and no
 * date, also in production. Development keeps the pretty output.
 */
export const logger: Config['logger'] = isProduction ? jsonLinesLogger('cms') : undefined
