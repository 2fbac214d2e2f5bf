import { describe, expect, it } from 'vitest';
import { GraphError } from './graph-error';
import { graphRetryLimit, graphTries, retryDelayMs, shouldRetryRead, shouldRetryWrite } from './retry';

const busy = new GraphError({ kind: 'http', status: 503, code: 'serviceUnavailable', message: 'Busy' });
const refused = new GraphError({ kind: 'http', status: 400, code: 'BadRequest', message: 'No' });

/** How many tries a call gets under `shouldRetry` when every try fails with `error`. */
function triesUntilGivingUp(shouldRetry: (failureCount: number, error: unknown) => boolean, error: unknown): number {
  let failureCount = 0;
  while (shouldRetry(failureCount, error)) failureCount++;
  return failureCount + 1;
}

describe('the retry limit', () => {
  it('gives reads and writes the same number of tries the retry notice counts to', () => {
    expect(graphTries).toBe(graphRetryLimit + 1);
    expect(triesUntilGivingUp(shouldRetryRead, busy)).toBe(graphTries);
    expect(triesUntilGivingUp(shouldRetryWrite, busy)).toBe(graphTries);
  });

  it('never tries a refused write again', () => {
    expect(triesUntilGivingUp(shouldRetryWrite, refused)).toBe(1);
  });
});

describe('the wait before a retry', () => {
  const busyRequest = (clientRequestId: string, retryAfterSeconds?: number) =>
    new GraphError({ kind: 'http', status: 503, code: 'serviceUnavailable', message: 'Busy', clientRequestId, retryAfterSeconds });

  it("is Graph's Retry-After when Graph gives one", () => {
    expect(retryDelayMs(1, busyRequest('a', 7))).toBe(7000);
  });

  it('without Retry-After grows with each failure, stays within half and all of 2 s, 4 s, 8 s … 30 s, and is the same for the same request', () => {
    for (const [failureCount, ceiling] of [[1, 2000], [2, 4000], [3, 8000], [6, 30_000]] as const) {
      const waits = Array.from({ length: 200 }, (_, i) => retryDelayMs(failureCount, busyRequest(`request-${i}`)));
      for (const wait of waits) {
        expect(wait).toBeGreaterThanOrEqual(ceiling / 2);
        expect(wait).toBeLessThanOrEqual(ceiling);
      }
      // Spread out, not bunched: many clients throttled together come back at different moments.
      expect(new Set(waits).size).toBeGreaterThan(150);
      expect(Math.max(...waits) - Math.min(...waits)).toBeGreaterThan(ceiling * 0.4);
      expect(retryDelayMs(failureCount, busyRequest('request-1'))).toBe(waits[1]);
    }
  });
});
