import type { VppToken } from '@microsoft/microsoft-graph-types-beta';
import { describe, expect, it } from 'vitest';
import { healthRank, intuneHealthWindows, needsAttention, tokenHealth, type HealthWindows } from './health';

const now = Date.parse('2026-03-10T12:00:00Z');
const hour = 3_600_000;
const day = 24 * hour;
const at = (ms: number) => new Date(now + ms).toISOString();

const healthy: VppToken = {
  id: 't1',
  state: 'valid',
  lastSyncStatus: 'completed',
  expirationDateTime: at(200 * day),
  lastSyncDateTime: at(-hour),
};
const health = (changes: Partial<VppToken> | Record<string, unknown>) => tokenHealth({ ...healthy, ...changes } as VppToken, now);
const codes = (changes: Partial<VppToken> | Record<string, unknown>) => health(changes).reasons.map((reason) => reason.code);

describe('tokenHealth', () => {
  it('is healthy for a valid token that synced recently and expires later than a week out', () => {
    expect(tokenHealth(healthy, now)).toEqual({ level: 'healthy', reasons: [] });
  });

  describe('expiry', () => {
    it('is unhealthy once expired, with the renewal in the message', () => {
      const result = health({ expirationDateTime: at(-3 * day) });
      expect(result.level).toBe('unhealthy');
      expect(result.reasons).toEqual([
        {
          code: 'expired',
          action: 'renew',
          message: 'Expired 3 days ago: renew the token with a new file from Apple Business Manager.',
        },
      ]);
    });

    it('is unhealthy at the exact moment of expiry', () => {
      expect(health({ expirationDateTime: at(0) }).level).toBe('unhealthy');
    });

    it('is unhealthy when Apple says expired though the date is still ahead', () => {
      const result = health({ state: 'expired', expirationDateTime: at(30 * day) });
      expect(result.level).toBe('unhealthy');
      expect(result.reasons[0]).toMatchObject({ code: 'expired', action: 'renew' });
    });

    it('reports an expired token once, not once for the state and once for the date', () => {
      expect(codes({ state: 'expired', expirationDateTime: at(-day) })).toEqual(['expired']);
    });

    it('warns at exactly 7 days before expiry', () => {
      const result = health({ expirationDateTime: at(7 * day) });
      expect(result.level).toBe('warning');
      expect(result.reasons).toEqual([
        {
          code: 'expiresSoon',
          action: 'renew',
          message: 'Expires in 7 days: renew it before then with a new file from Apple Business Manager.',
        },
      ]);
    });

    it('does not warn 7 days and 1 ms before expiry', () => {
      expect(health({ expirationDateTime: at(7 * day + 1) }).level).toBe('healthy');
    });

    it('warns 1 ms before expiry', () => {
      expect(health({ expirationDateTime: at(1) })).toMatchObject({ level: 'warning', reasons: [{ code: 'expiresSoon' }] });
    });
  });

  describe('last sync', () => {
    it('is healthy exactly 24 h after the last sync', () => {
      expect(health({ lastSyncDateTime: at(-day) }).level).toBe('healthy');
    });

    it('warns 24 h and 1 ms after the last sync', () => {
      const result = health({ lastSyncDateTime: at(-day - 1) });
      expect(result.level).toBe('warning');
      expect(result.reasons[0]).toMatchObject({ code: 'syncOverdue', action: 'sync' });
    });

    it('still only warns 1 ms before 72 h', () => {
      expect(health({ lastSyncDateTime: at(-3 * day + 1) }).level).toBe('warning');
    });

    it('is unhealthy exactly 72 h after the last sync', () => {
      const result = health({ lastSyncDateTime: at(-3 * day) });
      expect(result.level).toBe('unhealthy');
      expect(result.reasons).toEqual([
        {
          code: 'syncStale',
          action: 'sync',
          message: 'Last synced 3 days ago: sync it now. Intune marks a token unhealthy after 3 days without a sync.',
        },
      ]);
    });

    it('warns when the token has never synced', () => {
      expect(health({ lastSyncDateTime: undefined })).toMatchObject({ level: 'warning', reasons: [{ code: 'neverSynced', action: 'sync' }] });
    });

    it('warns when the last sync failed', () => {
      expect(health({ lastSyncStatus: 'failed' })).toMatchObject({ level: 'warning', reasons: [{ code: 'lastSyncFailed', action: 'sync' }] });
    });
  });

  describe('state', () => {
    it.each([
      ['invalid', 'invalid', 'renew', /password or domain changed/],
      ['assignedToExternalMDM', 'assignedToExternalMdm', 'takeControl', /take control of it here, or remove it from the other MDM/],
      ['duplicateLocationId', 'duplicateLocation', 'delete', /delete the duplicate/],
    ] as const)('is unhealthy when the state is %s', (state, code, action, message) => {
      const result = health({ state });
      expect(result.level).toBe('unhealthy');
      expect(result.reasons).toHaveLength(1);
      expect(result.reasons[0]).toMatchObject({ code, action });
      expect(result.reasons[0]?.message).toMatch(message);
    });

    it('warns when Intune does not know the state', () => {
      expect(health({ state: 'unknown' })).toMatchObject({ level: 'warning', reasons: [{ code: 'unknownState' }] });
    });

    it('warns, without throwing, for a state added to Graph after this code', () => {
      const result = health({ state: 'somethingNew' });
      expect(result).toMatchObject({ level: 'warning', reasons: [{ code: 'unrecognizedState', action: 'none' }] });
      expect(result.reasons[0]?.message).toContain('somethingNew');
    });

    it('ignores a sync status added to Graph after this code', () => {
      expect(health({ lastSyncStatus: 'somethingNew' }).level).toBe('healthy');
    });
  });

  describe('unreadable data', () => {
    it('treats an unreadable expiry date as unknown, not as a crash', () => {
      expect(health({ expirationDateTime: 'not a date' })).toMatchObject({ level: 'warning', reasons: [{ code: 'unreadableDate' }] });
    });

    it('treats an unreadable sync date as unknown', () => {
      expect(health({ lastSyncDateTime: '31/02/2026' })).toMatchObject({ level: 'warning', reasons: [{ code: 'unreadableDate' }] });
    });

    it('copes with a token that has nothing but an id', () => {
      const result = tokenHealth({ id: 'bare' }, now);
      expect(result.level).toBe('warning');
      expect(result.reasons.map((reason) => reason.code)).toEqual(['unreadableDate', 'neverSynced']);
    });
  });

  it('lists the worst reasons first and takes the worst level', () => {
    const result = health({ lastSyncStatus: 'failed', state: 'invalid', expirationDateTime: at(2 * day) });
    expect(result.level).toBe('unhealthy');
    expect(result.reasons.map((reason) => reason.code)).toEqual(['invalid', 'expiresSoon', 'lastSyncFailed']);
  });
});

describe('tokenHealth with the admin’s warning windows', () => {
  const windows = (changes: Partial<HealthWindows>) => ({ ...intuneHealthWindows, ...changes });
  const healthWith = (changes: Partial<VppToken>, set: Partial<HealthWindows>) => tokenHealth({ ...healthy, ...changes }, now, windows(set));

  it('follows Intune’s rule when given Intune’s windows, as when given none', () => {
    for (const changes of [{ expirationDateTime: at(7 * day) }, { lastSyncDateTime: at(-day - 1) }, { lastSyncDateTime: at(-3 * day) }]) {
      expect(tokenHealth({ ...healthy, ...changes }, now, intuneHealthWindows)).toEqual(health(changes));
    }
  });

  it('counts a token expiring in 45 days as expiring with a 60-day window, and healthy with the default', () => {
    expect(health({ expirationDateTime: at(45 * day) }).level).toBe('healthy');
    const result = healthWith({ expirationDateTime: at(45 * day) }, { expiringWithinDays: 60 });
    expect(result).toEqual({
      level: 'warning',
      reasons: [{ code: 'expiresSoon', action: 'renew', message: 'Expires in 45 days: renew it before then with a new file from Apple Business Manager.' }],
    });
  });

  it('warns at exactly the window’s last day, not a moment before it opens', () => {
    expect(healthWith({ expirationDateTime: at(90 * day) }, { expiringWithinDays: 90 }).level).toBe('warning');
    expect(healthWith({ expirationDateTime: at(90 * day + 1) }, { expiringWithinDays: 90 }).level).toBe('healthy');
  });

  it('moves the sync warning and the unhealthy age together with the windows', () => {
    const set = { syncWarningAfterDays: 2, syncUnhealthyAfterDays: 5 };
    expect(healthWith({ lastSyncDateTime: at(-2 * day) }, set).level).toBe('healthy');
    expect(healthWith({ lastSyncDateTime: at(-2 * day - 1) }, set)).toMatchObject({ level: 'warning', reasons: [{ code: 'syncOverdue' }] });
    expect(healthWith({ lastSyncDateTime: at(-4 * day) }, set).level).toBe('warning');
    expect(healthWith({ lastSyncDateTime: at(-5 * day) }, set).reasons).toEqual([
      {
        code: 'syncStale',
        action: 'sync',
        message: 'Last synced 5 days ago: sync it now. Your warning windows mark a token unhealthy after 5 days without a sync.',
      },
    ]);
  });

  it('never lets a window hide what no window governs: expired, invalid, never synced', () => {
    const wide = { expiringWithinDays: 90, syncWarningAfterDays: 7, syncUnhealthyAfterDays: 14 };
    expect(healthWith({ expirationDateTime: at(-day) }, wide).level).toBe('unhealthy');
    expect(healthWith({ state: 'invalid' }, wide).level).toBe('unhealthy');
    expect(healthWith({ lastSyncDateTime: undefined }, wide).reasons[0]?.code).toBe('neverSynced');
  });
});

describe('needsAttention and healthRank', () => {
  it('flags anything but healthy', () => {
    expect(needsAttention(health({}))).toBe(false);
    expect(needsAttention(health({ lastSyncStatus: 'failed' }))).toBe(true);
    expect(needsAttention(health({ state: 'invalid' }))).toBe(true);
  });

  it('sorts the worst first when sorted by descending rank', () => {
    const levels = (['warning', 'healthy', 'unhealthy'] as const).slice();
    levels.sort((a, b) => healthRank[b] - healthRank[a]);
    expect(levels).toEqual(['unhealthy', 'warning', 'healthy']);
  });
});

describe('a token Intune reports as never synced', () => {
  it('warns that it never synced instead of calling the sync years overdue', () => {
    const health = tokenHealth(
      { id: 'x', state: 'valid', expirationDateTime: new Date(now + 200 * 86_400_000).toISOString(), lastSyncDateTime: '0001-01-01T00:00:00Z', lastSyncStatus: 'none' },
      now,
    );
    expect(health.level).toBe('warning');
    expect(health.reasons.map((r) => r.code)).toEqual(['neverSynced']);
  });
});
