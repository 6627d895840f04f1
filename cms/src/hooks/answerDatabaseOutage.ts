import type { AfterErrorHook } from 'payload'

import { databaseOutage, outageBody, outageMessage, RETRY_AFTER_SECONDS } from '../database/outage'

/**
 * An API request that failed because the database is unreachable answers 503 with
 * Retry-After instead of Payload's 500 "Something went wrong." (database/outage.ts).
 * REST: Payload's routeError merges req.responseHeaders into its answer. GraphQL: the error
 * carries statusCode 503, which api/requestChecks/guardGraphql.ts turns into the HTTP status.
 */
export const answerDatabaseOutage: AfterErrorHook = ({ error, graphqlResult, req }) => {
  if (!databaseOutage(error)) return
  if (graphqlResult) {
    return {
      graphqlResult: {
        ...graphqlResult,
        message: outageMessage(),
        extensions: { ...graphqlResult.extensions, statusCode: 503 },
      },
    }
  }
  req.responseHeaders = new Headers({
    'Retry-After': String(RETRY_AFTER_SECONDS),
    'Cache-Control': 'no-store',
  })
  return { response: outageBody(), status: 503 }
}
