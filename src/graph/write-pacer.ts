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

/**
 * Keeps the times of one tenant's writes and waits for room before each group. Graph counts a write
 * when it arrives, somewhere between our send and its answer; counting each from its answer (once
 * back) never undercounts, so a group that fits here fits at Graph too.
 */
export function createWritePacer(limit: WriteLimit = intuneWriteLimit, clock: { now: () => number; sleep: (ms: number) => Promise<void> } = realClock) {
  let writes: { at: number }[] = [];
  return {
    /** Waits for room for `count` writes; call the returned function when their answer is back. */
    async reserve(count: number): Promise<() => void> {
      for (;;) {
        const now = clock.now();
        writes = writes.filter((w) => w.at > now - limit.windowMs);
        const wait = waitBeforeWrites(writes.map((w) => w.at), now, count, limit);
        if (wait <= 0) break;
        await clock.sleep(wait);
      }
      const group = Array.from({ length: count }, () => ({ at: clock.now() }));
      writes.push(...group);
      return () => {
        const answeredAt = clock.now();
        for (const write of group) write.at = answeredAt;
      };
    },
  };
}

const realClock = { now: () => Date.now(), sleep: (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)) };
