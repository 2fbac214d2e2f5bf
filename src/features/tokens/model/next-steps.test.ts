import type { VppToken } from '@microsoft/microsoft-graph-types-beta';
import { describe, expect, it } from 'vitest';
import { tokenHealth } from './health';
import { needsRenewal, nextSteps } from './next-steps';

const now = Date.parse('2026-03-10T12:00:00Z');
const day = 86_400_000;
const at = (ms: number) => new Date(now + ms).toISOString();
const healthy: VppToken = { id: 't', state: 'valid', lastSyncStatus: 'completed', expirationDateTime: at(200 * day), lastSyncDateTime: at(-day / 2) };
const steps = (changes: Partial<VppToken>) => nextSteps(tokenHealth({ ...healthy, ...changes }, now));

describe('nextSteps', () => {
  it('offers nothing for a healthy token', () => {
    expect(steps({})).toEqual([]);
  });

  it('offers one sync for a failed sync that is also stale, with both messages', () => {
    const result = steps({ lastSyncStatus: 'failed', lastSyncDateTime: at(-4 * day) });
    expect(result.map((step) => step.action)).toEqual(['sync']);
    expect(result[0]?.messages).toHaveLength(2);
  });

  it('puts the worst problem first', () => {
    expect(steps({ state: 'invalid', lastSyncStatus: 'failed' }).map((step) => step.action)).toEqual(['renew', 'sync']);
    expect(steps({ state: 'duplicateLocationId', lastSyncDateTime: '0001-01-01T00:00:00Z' }).map((step) => step.action)).toEqual(['delete', 'sync']);
    expect(steps({ state: 'assignedToExternalMDM' }).map((step) => step.action)).toEqual(['takeControl']);
  });
});

describe('needsRenewal', () => {
  it.each([
    ['expired', { expirationDateTime: at(-day) }, true],
    ['expiring within a week', { expirationDateTime: at(3 * day) }, true],
    ['invalid', { state: 'invalid' as const }, true],
    ['expiring in a month', { expirationDateTime: at(30 * day) }, false],
    ['failing to sync', { lastSyncStatus: 'failed' as const }, false],
  ])('is %s: %j -> %s', (_label, changes, expected) => {
    expect(needsRenewal(tokenHealth({ ...healthy, ...changes }, now))).toBe(expected);
  });
});
