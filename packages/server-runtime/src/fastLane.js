/**
 * A lane past the framework: the CMS's Next build opens it with a function that answers
 * some requests by itself (cached API reads, cms/src/api/readCache), and cms/server.js asks
 * that function first, before Next's routing runs. Next's routing and route machinery cost
 * about 5 ms per request on the development machine (bench/api-read.ts: /api/health),
 * most of the time of an answer that is already in memory.
 *
 * One module instance serves both sides, as with the site's page cache (page-cache.js): the
 * CMS bundle imports this file at run time, past the bundler
 * (cms/src/framework/sharedModules.ts), so the server and the bundle share it. Until the
 * bundle opens the lane (its first API request loads the module that does), every request
 * goes to Next.
 *
 * @typedef {(request: Request) => Promise<Response | null>} Lane
 */

/** @type {Lane | null} */
let lane = null

/** Opens (or replaces) the lane. @param {Lane} answer */
export function openFastLane(answer) {
  lane = answer
}

/** The lane's function, if the bundle opened it. @returns {Lane | null} */
export const fastLane = () => lane
