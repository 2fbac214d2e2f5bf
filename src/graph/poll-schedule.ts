/** How often to re-read a token while waiting for Intune to catch up, and for how long at most. */
export type PollSchedule = { firstDelayMs: number; maxDelayMs: number; timeLimitMs: number };

// Apple's side of a sync takes seconds to minutes; past two minutes the admin is better told than kept waiting.
export const syncPolling: PollSchedule = { firstDelayMs: 1000, maxDelayMs: 8000, timeLimitMs: 120_000 };

// Intune usually shows a renewal's new expiry in its answer; when it lags, it is by seconds, not minutes.
export const renewalPolling: PollSchedule = { firstDelayMs: 1000, maxDelayMs: 8000, timeLimitMs: 60_000 };

/**
 * The wait before check number `attempt` (0 for the first): doubling from the first delay up to the
 * largest, and cut short so the last check falls on the time limit. Undefined once the limit is reached.
 */
export function nextPollDelay(schedule: PollSchedule, attempt: number, elapsedMs: number): number | undefined {
  const remaining = schedule.timeLimitMs - elapsedMs;
  if (remaining <= 0) return undefined;
  const backoff = Math.min(schedule.firstDelayMs * 2 ** attempt, schedule.maxDelayMs);
  return Math.min(backoff, remaining);
}

/** Resolves after `ms`, or rejects with the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', stop);
      resolve();
    }, ms);
    const stop = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', stop, { once: true });
  });
}
