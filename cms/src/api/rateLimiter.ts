/**
 * Fixed-window request counting per client, in PostgreSQL (table rate_limit_windows,
 * migration 20261129_220000_shared_rate_limits), so every CMS process on the database
 * enforces one budget: two replicas behind a load balancer do not double a client's limit.
 * One statement per request both counts and answers, so concurrent requests (in one process
 * or several) never both see the last free slot. Hand-written: Payload v3 has no rate
 * limiting of its own, and the store every deployment already has is PostgreSQL.
 */
export type Verdict = {
  /** Requests the client may still make in this window, and seconds until the window resets. */
  remaining: number
  resetSeconds: number
} & ({ allowed: true } | { allowed: false; retryAfterSeconds: number })

/** What the limiter needs of a connection pool (pg's Pool, Payload's `db.pool`). */
export type Queryable = {
  query: <R extends Record<string, unknown>>(
    text: string,
    values: unknown[],
  ) => Promise<{ rows: R[] }>
}

// Expired windows are swept once in this many hits: the table holds only live clients.
const SWEEP_EVERY = 1000

/** A limiter; `name` keeps its clients apart from other limiters' in the shared table. */
export function createRateLimiter(name: string, windowSeconds: number) {
  let hits = 0
  return {
    async hit(db: Queryable, client: string, limit: number): Promise<Verdict> {
      if (++hits % SWEEP_EVERY === 0) {
        await db.query('DELETE FROM rate_limit_windows WHERE reset_at <= now()', [])
      }
      const { rows } = await db.query<{ count: number; retry_after: number }>(
        `INSERT INTO rate_limit_windows AS w (client, count, reset_at)
         VALUES ($1, 1, now() + make_interval(secs => $2))
         ON CONFLICT (client) DO UPDATE SET
           count = CASE WHEN w.reset_at <= now() THEN 1 ELSE w.count + 1 END,
           reset_at = CASE WHEN w.reset_at <= now() THEN excluded.reset_at ELSE w.reset_at END
         RETURNING count, ceil(extract(epoch FROM reset_at - now()))::int AS retry_after`,
        [`${name}:${client}`, windowSeconds],
      )
      const row = rows[0]!
      const remaining = Math.max(0, limit - row.count)
      if (row.count <= limit) {
        return { allowed: true, remaining, resetSeconds: Math.max(0, row.retry_after) }
      }
      const retryAfterSeconds = Math.max(1, row.retry_after)
      return { allowed: false, remaining, resetSeconds: retryAfterSeconds, retryAfterSeconds }
    },
    /** Takes back one request counted in the current window (one that will be counted again). */
    async refund(db: Queryable, client: string) {
      await db.query(
        'UPDATE rate_limit_windows SET count = count - 1 WHERE client = $1 AND count > 0 AND reset_at > now()',
        [`${name}:${client}`],
      )
    },
    /** Forgets a client's count (a sign-in that succeeded). */
    async reset(db: Queryable, client: string) {
      await db.query('DELETE FROM rate_limit_windows WHERE client = $1', [`${name}:${client}`])
    },
  }
}
