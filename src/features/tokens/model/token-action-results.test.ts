import { describe, expect, it } from 'vitest';
import { at, now } from '../../../test/test-tokens';
import { describeTokenAction, latestTokenActions, tokenActionLabel } from './token-action-results';

const minute = 60_000;
const revoke = { actionName: 'RevokeLicenses', startDateTime: at(-10 * minute), lastUpdatedDateTime: at(-3 * minute) };

describe('tokenActionLabel', () => {
  it('names the token’s revoke as the admin asked for it, and an action this app does not know as Graph spells it', () => {
    expect(tokenActionLabel('RevokeLicenses')).toBe('Revoke licenses');
    expect(tokenActionLabel('ResetTokenCache')).toBe('ResetTokenCache');
    expect(tokenActionLabel(null)).toBe('Unnamed action');
  });
});

describe('describeTokenAction', () => {
  it('says a finished revoke is done, when, and how many licenses it covered', () => {
    expect(describeTokenAction({ ...revoke, actionState: 'done', totalLicensesCount: 40 }, now)).toBe('Done 3 minutes ago, 40 licenses');
    expect(describeTokenAction({ ...revoke, actionState: 'done', totalLicensesCount: 1 }, now)).toBe('Done 3 minutes ago, 1 license');
  });

  it('says a revoke Apple has not answered is in progress since it was asked', () => {
    expect(describeTokenAction({ ...revoke, actionState: 'pending', totalLicensesCount: 0 }, now)).toBe('In progress, asked 10 minutes ago');
    expect(describeTokenAction({ ...revoke, actionState: 'active' }, now)).toBe('In progress, asked 10 minutes ago');
  });

  it('gives a failed revoke Apple’s reason with what to do, and how many licenses stayed', () => {
    const failed = { ...revoke, actionState: 'failed', actionFailureReason: 'expiredVppToken', totalLicensesCount: 12, failedLicensesCount: 12 };
    expect(describeTokenAction(failed, now)).toBe(
      'Failed 3 minutes ago (12 of 12 licenses not revoked): The token has expired, so Apple takes no requests for it. Renew the token, then revoke again.',
    );
  });

  it('leaves out a time Graph did not give and shows a state this app does not know as Graph spells it', () => {
    expect(describeTokenAction({ actionName: 'RevokeLicenses', actionState: 'done' }, now)).toBe('Done');
    expect(describeTokenAction({ actionName: 'RevokeLicenses', actionState: 'throttled' }, now)).toBe('throttled');
    expect(describeTokenAction({ actionName: 'RevokeLicenses', actionState: 'notSupported', startDateTime: at(-minute) }, now)).toBe('Not supported for this token');
  });
});

describe('latestTokenActions', () => {
  it('keeps the newest result of each action, whatever order Graph lists them in', () => {
    const older = { ...revoke, startDateTime: at(-2 * 60 * minute), actionState: 'failed' };
    const newer = { ...revoke, actionState: 'done' };
    const other = { actionName: 'Other', startDateTime: at(-minute), actionState: 'done' };
    expect(latestTokenActions([newer, older, other])).toEqual([newer, other]);
    expect(latestTokenActions([older, newer])).toEqual([newer]);
    expect(latestTokenActions(undefined)).toEqual([]);
  });
});
