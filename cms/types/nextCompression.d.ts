// Next's bundled copy of the `compression` middleware (it ships no types): cms/server.js
// runs the fast lane's answers through it so they are encoded exactly as Next's routes' are.
declare module 'next/dist/compiled/compression/index.js' {
  import type { IncomingMessage, ServerResponse } from 'node:http'

  export default function compression(): (
    req: IncomingMessage,
    res: ServerResponse,
    next: () => void,
  ) => void
}
