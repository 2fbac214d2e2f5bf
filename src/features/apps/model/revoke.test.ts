import { describe, expect, it } from 'vitest';
import { describeRevokeFailure, resultsAddedSince, revokeStatus } from './revoke';

const earlier = { actionName: 'revokeLicenses', actionState: 'failed', actionFailureReason: 'appleFailure', startDateTime: '2026-12-01T08:00:00Z' };
const ours = { actionName: 'revokeLicenses', actionState: 'pending', startDateTime: '2026-12-02T08:00:00Z' };

describe('resultsAddedSince', () => {
  it('keeps only the action results the revoke added, not an older failure', () => {
    expect(resultsAddedSince([earlier], [earlier, ours])).toEqual([ours]);
    expect(resultsAddedSince(undefined, [ours])).toEqual([ours]);
    expect(resultsAddedSince([earlier], null)).toEqual([]);
  });
});

describe('revokeStatus', () => {
  it('waits while licenses are still in use and Apple has not answered', () => {
    expect(revokeStatus({ counts: { usedNow: 5, usedTarget: 0 }, added: [ours] })).toEqual({ state: 'waiting' });
  });

  it('is done once the counts fall to the target, or the result says done', () => {
    expect(revokeStatus({ counts: { usedNow: 0, usedTarget: 0 }, added: [ours] })).toEqual({ state: 'done' });
    expect(revokeStatus({ counts: { usedNow: 4, usedTarget: 0 }, added: [{ ...ours, actionState: 'done' }] })).toEqual({ state: 'done' });
    expect(revokeStatus({ added: [ours] })).toEqual({ state: 'waiting' });
    expect(revokeStatus({ added: [{ ...ours, actionState: 'done' }] })).toEqual({ state: 'done' });
  });

  it("fails with Apple's reason in words, even when an older failure was there before", () => {
    const failedNow = { ...ours, actionState: 'failed', actionFailureReason: 'expiredVppToken', failedLicensesCount: 5 };
    expect(revokeStatus({ counts: { usedNow: 5, usedTarget: 0 }, added: resultsAddedSince([earlier], [earlier, failedNow]) })).toEqual({
      state: 'failed',
      reason: describeRevokeFailure('expiredVppToken'),
      failedLicenses: 5,
    });
    expect(revokeStatus({ counts: { usedNow: 5, usedTarget: 0 }, added: resultsAddedSince([earlier], [earlier]) })).toEqual({ state: 'waiting' });
  });

  it('explains every reason Graph declares, and one it does not know', () => {
    for (const reason of ['appleFailure', 'internalError', 'expiredVppToken', 'expiredApplePushNotificationCertificate', 'somethingNew']) {
      expect(describeRevokeFailure(reason)).toMatch(/\.$/);
    }
    expect(describeRevokeFailure('expiredVppToken')).toContain('Renew the token');
  });
});
