import { describe, expect, it } from 'vitest';
import { attentionIssues, attentionItems, levelCountLabel, summarizeAttention } from './attention';
import { at, day, now, token } from '../../../test/test-tokens';
import { toTokenRow } from './token-rows';
import type { VppApp } from '../../apps/model/vpp-apps';
import { defaultWarningWindows } from '../../settings/warning-windows';


describe('summarizeAttention', () => {
  it('counts each health level and each problem, a token with two problems in both', () => {
    const rows = [
      token({}),
      token({ expirationDateTime: at(-3 * day) }),
      token({ expirationDateTime: at(5 * day), lastSyncStatus: 'failed' }),
      token({ lastSyncDateTime: at(-4 * day) }),
      token({ lastSyncDateTime: at(-30 * 3_600_000) }),
      token({ state: 'assignedToExternalMDM', lastSyncDateTime: '0001-01-01T00:00:00Z', lastSyncStatus: 'none' }),
      token({ state: 'duplicateLocationId' }),
      token({ state: 'invalid' }),
    ].map((t) => toTokenRow(t, now));
    expect(summarizeAttention(rows)).toEqual({
      total: 8,
      byLevel: { unhealthy: 5, warning: 2, healthy: 1 },
      byIssue: { expired: 1, invalid: 1, otherMdm: 1, duplicate: 1, expiresSoon: 1, syncLate: 2, syncFailed: 1, neverSynced: 1, licensesRunningOut: 0 },
    });
  });

  it('counts tokens with licenses running out from their apps, beside their health', () => {
    const teams = { id: 'teams', '@odata.type': '#microsoft.graph.iosVppApp', usedLicenseCount: 95, totalLicenseCount: 100 } as VppApp;
    const [healthy, runningOut] = [token({}), token({})].map((t) => toTokenRow(t, now));
    const rows = [healthy!, { ...runningOut!, licenses: { apps: [teams], used: 95, total: 100, overUsed: [], runningOut: [teams] } }];
    const summary = summarizeAttention(rows);
    expect(summary.byIssue.licensesRunningOut).toBe(1);
    expect(summary.byLevel.healthy).toBe(2);
    expect(attentionItems(summary)).toEqual([
      { key: 'licensesRunningOut', label: '1 with licenses running out', filter: { health: [], issue: 'licensesRunningOut' } },
    ]);
  });

  it('counts nothing for no tokens', () => {
    expect(summarizeAttention([]).byLevel).toEqual({ unhealthy: 0, warning: 0, healthy: 0 });
  });
});

describe('labels', () => {
  it('speaks of counts as an admin would', () => {
    expect(levelCountLabel('unhealthy', 3)).toBe('3 unhealthy');
    expect(levelCountLabel('warning', 1)).toBe('1 warning');
    expect(levelCountLabel('warning', 2)).toBe('2 warnings');
    expect(attentionIssues.expiresSoon.label(1, defaultWarningWindows)).toBe('1 expiring within 7 days');
    expect(attentionIssues.syncLate.label(4, defaultWarningWindows)).toBe('4 not synced for over a day');
    expect(attentionIssues.licensesRunningOut.label(2, defaultWarningWindows)).toBe('2 with licenses running out');
    expect(levelCountLabel('unhealthy', 1483)).toBe((1483).toLocaleString() + ' unhealthy');
  });
});

describe('attentionItems', () => {
  it('offers the overall counts first, then each problem, leaving out what counts 0', () => {
    const rows = [
      token({ expirationDateTime: at(-3 * day) }),
      token({ expirationDateTime: at(-1 * day) }),
      token({ expirationDateTime: at(5 * day) }),
    ].map((t) => toTokenRow(t, now));
    expect(attentionItems(summarizeAttention(rows))).toEqual([
      { key: 'unhealthy', label: '2 unhealthy', level: 'unhealthy', filter: { health: ['unhealthy'], issue: undefined } },
      { key: 'warning', label: '1 warning', level: 'warning', filter: { health: ['warning'], issue: undefined } },
      { key: 'expired', label: '2 expired', filter: { health: [], issue: 'expired' } },
      { key: 'expiresSoon', label: '1 expiring within 7 days', filter: { health: [], issue: 'expiresSoon' } },
    ]);
  });

  it('counts and names by the admin’s warning windows: a token expiring in 45 days is expiring with a 60-day window', () => {
    const windows = { ...defaultWarningWindows, expiringWithinDays: 60, syncWarningAfterDays: 2, syncUnhealthyAfterDays: 5, runningOutPercent: 75 };
    const tokens = [token({ expirationDateTime: at(45 * day) }), token({ expirationDateTime: at(5 * day) }), token({ lastSyncDateTime: at(-3 * day) })];
    expect(attentionItems(summarizeAttention(tokens.map((t) => toTokenRow(t, now))))).toEqual([
      { key: 'unhealthy', label: '1 unhealthy', level: 'unhealthy', filter: { health: ['unhealthy'], issue: undefined } },
      { key: 'warning', label: '1 warning', level: 'warning', filter: { health: ['warning'], issue: undefined } },
      { key: 'expiresSoon', label: '1 expiring within 7 days', filter: { health: [], issue: 'expiresSoon' } },
      { key: 'syncLate', label: '1 not synced for over a day', filter: { health: [], issue: 'syncLate' } },
    ]);
    expect(attentionItems(summarizeAttention(tokens.map((t) => toTokenRow(t, now, windows))), windows)).toEqual([
      { key: 'warning', label: '3 warnings', level: 'warning', filter: { health: ['warning'], issue: undefined } },
      { key: 'expiresSoon', label: '2 expiring within 60 days', filter: { health: [], issue: 'expiresSoon' } },
      { key: 'syncLate', label: '1 not synced for over 2 days', filter: { health: [], issue: 'syncLate' } },
    ]);
    expect(attentionIssues.licensesRunningOut.label(1, windows)).toBe('1 with licenses running out (75 % or more used)');
  });

  it('offers nothing when every token is healthy', () => {
    expect(attentionItems(summarizeAttention([toTokenRow(token({}), now)]))).toEqual([]);
  });
});
