/**
 * Intune allows 100 writes per 20 s per app per tenant for this family of endpoints. A bulk change
 * paces itself under that, so Graph never has to throttle the admin's run.
 */
export type WriteLimit = { writes: number; windowMs: number };

export const intuneWriteLimit: WriteLimit = { writes: 100, windowMs: 20_000 };

/**
 * How long to wait before `count` more writes may go out, given when earlier writes went out.
 * A sliding window: at any moment, the writes sent in the last `windowMs` stay within `writes`.
 */
export function waitBeforeWrites(sentAt: readonly number[], now: number, count: number, limit: WriteLimit): number {
  if (count > limit.writes) throw new RangeError(`A group of ${count} writes can never fit a limit of ${limit.writes}.`);
  const recent = sentAt.filter((t) => t > now - limit.windowMs).sort((a, b) => a - b);
  const excess = recent.length + count - limit.writes;
  if (excess <= 0) return 0;
  // The oldest `excess` writes must leave the window first.
  return recent[excess - 1]! + limit.windowMs - now;
}

/** Keeps the send times of one tenant's writes and waits for room before each group. */
export function createWritePacer(limit: WriteLimit = intuneWriteLimit, clock: { now: () => number; sleep: (ms: number) => Promise<void> } = realClock) {
  let sentAt: number[] = [];
  return {
    async reserve(count: number): Promise<void> {
      for (;;) {
        const now = clock.now();
        sentAt = sentAt.filter((t) => t > now - limit.windowMs);
        const wait = waitBeforeWrites(sentAt, now, count, limit);
        if (wait <= 0) break;
        await clock.sleep(wait);
      }
      const now = clock.now();
      for (let i = 0; i < count; i++) sentAt.push(now);
    },
  };
}

const realClock = { now: () => Date.now(), sleep: (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)) };
