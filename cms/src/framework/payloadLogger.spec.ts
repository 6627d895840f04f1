import { describe, expect, it } from 'vitest'

import { importFrom, payloadDir } from './installed'
import { jsonLinesLogger } from './payloadLogger'

type Logger = { error: (o: object, msg: string) => void; info: (msg: string) => void }
type LoggerModule = {
  getLogger: (
    name: string,
    config: ReturnType<typeof jsonLinesLogger> & { destination: object },
  ) => Logger
}

describe("Payload's log lines, through Payload's own getLogger", () => {
  it('are one JSON object per line with an ISO time, the level name, the service and the stack', async () => {
    const { getLogger } = await importFrom<LoggerModule>(payloadDir(), 'dist/utilities/logger.js')
    const written: string[] = []
    const destination = { write: (line: string) => written.push(line) }
    const logger = getLogger('payload', { ...jsonLinesLogger('cms'), destination })
    logger.info('started')
    logger.error({ err: new Error('it broke') }, 'failed')
    const lines = written
      .join('')
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line))
    expect(lines).toHaveLength(2)
    expect(lines[0]).toMatchObject({ level: 'info', service: 'cms', msg: 'started' })
    expect(new Date(lines[0].time).toISOString()).toBe(lines[0].time)
    expect(lines[1]).toMatchObject({ level: 'error', msg: 'failed' })
    expect(lines[1].err.stack).toMatch(/it broke/)
  })
})
