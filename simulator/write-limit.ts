/**
 * Intune's write limit for this family of endpoints (100 writes per 20 s per app per tenant), on
 * demand: off by default so tests that do not care are not throttled, on for tests that prove the
 * app paces itself under it.
 */
export interface WriteLimit {
  writes: number;
  windowMs: number;
}

export interface WriteLimiter {
  /** Records one write at `now`; the seconds to wait when it is over the limit (and not recorded). */
  admit(now: number, limit: WriteLimit): number | undefined;
  /** How many writes were answered 429 since the last reset. */
  throttled(): number;
  reset(): void;
}

export function createWriteLimiter(): WriteLimiter {
  let sentAt: number[] = [];
  let throttled = 0;
  return {
    admit(now, limit) {
      sentAt = sentAt.filter((t) => t > now - limit.windowMs);
      if (sentAt.length < limit.writes) {
        sentAt.push(now);
        return undefined;
      }
      throttled++;
      return Math.max(1, Math.ceil((sentAt[0]! + limit.windowMs - now) / 1000));
    },
    throttled: () => throttled,
    reset() {
      sentAt = [];
      throttled = 0;
    },
  };
}
