import type { Config } from 'payload'

import { isProduction } from './env'

/**
 * Payload's own log lines (pino) in production: the JSON lines every other part of the
 * process writes (@mlops-guide/server-runtime's requestLog.js): ISO `time`, the level's
 * name, `service`, `msg`, and an error's stack inside `err` on the same line. Payload's
 * default is pino-pretty with colour codes and no date, also in production. Development
 * keeps the pretty output. Payload passes these options to pino as they are
 * (payload/dist/utilities/logger.js), so pino itself needs no import here.
 */
export const logger: Config['logger'] = isProduction
  ? {
      options: {
        base: { service: 'cms' },
        timestamp: () => `,"time":"${new Date().toISOString()}"`,
        formatters: { level: (label) => ({ level: label }) },
      },
    }
  : undefined
