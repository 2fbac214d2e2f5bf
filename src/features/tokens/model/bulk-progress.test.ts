import { describe, expect, it } from 'vitest';
import { summarizeBulkRun, type BulkStep } from './bulk-progress';

const step = (tokenId: string, status: BulkStep['status'], failureCount = 0): BulkStep => ({ tokenId, tokenName: tokenId, status, failureCount, error: undefined });

describe('summarizeBulkRun', () => {
  it('counts done, failed, retrying and remaining tokens', () => {
    const progress = summarizeBulkRun([step('a', 'success'), step('b', 'error'), step('c', 'pending', 1), step('d', 'pending'), step('e', 'idle')]);
    expect(progress).toMatchObject({ total: 5, done: 1, retrying: 1, remaining: 2, finished: false });
    expect(progress.failed.map((s) => s.tokenId)).toEqual(['b']);
  });

  it('counts a token tried again by its latest try, so a retried failure is no longer listed', () => {
    const progress = summarizeBulkRun([step('a', 'error'), step('b', 'success'), step('a', 'success')]);
    expect(progress).toMatchObject({ total: 2, done: 2, failed: [], finished: true });
  });
});
