import type { Config } from 'payload'

/** The form of Payload's `logger` setting that configures pino (not a logger instance). */
type LoggerOptions = Extract<NonNullable<Config['logger']>, { options: unknown }>

/**
 * Payload's log lines (pino) as the JSON lines every other part of the process writes
 * (@mlops-guide/server-runtime's requestLog.js): ISO `time`, the level's name, `service`,
 * `msg`, and an error's stack inside `err` on the same line. Payload hands a config's
 * `logger.options` to pino as they are (getLogger in payload/dist/utilities/logger.js), so
 * these are pino's options and pino itself needs no import here. payloadLogger.spec.ts logs
 * through Payload's getLogger and fails when a line no longer has this shape.
 */
export const jsonLinesLogger = (service: string): LoggerOptions => ({
  options: {
    base: { service },
    timestamp: () => `,"time":"${new Date().toISOString()}"`,
    formatters: { level: (label) => ({ level: label }) },
  },
})
