import { describe, expect, it } from 'vitest';
import { GraphError } from './graph-error';
import { graphRetryLimit, graphTries, shouldRetryRead, shouldRetryWrite } from './retry';

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
