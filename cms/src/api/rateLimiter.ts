/**
 * Fixed-window request counting per client, in this process's memory. Payload v3 has no
 * rate limiting of its own, and a single-process store needs no extra service; behind
 * several CMS processes each counts its own share (see issue #6 for a shared store).
 */
export type Verdict = { allowed: true } | { allowed: false; retryAfterSeconds: number }

export function createRateLimiter(windowSeconds: number) {
  const windows = new Map<string, { count: number; resetAt: number }>()
  return {
    hit(client: string, limit: number, now = Date.now()): Verdict {
      let window = windows.get(client)
      if (!window || window.resetAt <= now) {
        if (windows.size > 50_000) {
          for (const [k, w] of windows) if (w.resetAt <= now) windows.delete(k)
        }
        window = { count: 0, resetAt: now + windowSeconds * 1000 }
        windows.set(client, window)
      }
      window.count++
      if (window.count <= limit) return { allowed: true }
      return { allowed: false, retryAfterSeconds: Math.ceil((window.resetAt - now) / 1000) }
    },
    /** Forgets a client's count (a sign-in that succeeded). */
    reset(client: string) {
      windows.delete(client)
    },
  }
}
