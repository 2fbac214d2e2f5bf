import type { VppToken } from '@microsoft/microsoft-graph-types-beta';
import { describe, expect, it } from 'vitest';
import { createRowDeriver, foldForSearch, matchesSearch, searchWords, sortRows, toTokenRow, type TokenRow } from './token-rows';

const now = Date.parse('2026-03-10T12:00:00Z');
const day = 86_400_000;
const at = (ms: number) => new Date(now + ms).toISOString();

const base: VppToken = {
  id: 'id-0',
  displayName: 'Contoso Schools',
  organizationName: 'Contoso ISD',
  locationName: 'Contoso – Göteborg',
  appleId: 'vpp@contoso.edu',
  state: 'valid',
  lastSyncStatus: 'completed',
  expirationDateTime: at(200 * day),
  lastSyncDateTime: at(-3_600_000),
  vppTokenAccountType: 'education',
  countryOrRegion: 'se',
  automaticallyUpdateApps: true,
};
const row = (changes: Partial<VppToken>) => toTokenRow({ ...base, ...changes }, now);
const names = (rows: TokenRow[]) => rows.map((r) => r.name);

describe('toTokenRow', () => {
  it('works out the name, health, labels and dates once', () => {
    const result = row({});
    expect(result).toMatchObject({
      id: 'id-0',
      name: 'Contoso Schools',
      state: 'Valid',
      country: 'Sweden',
      accountType: 'Education',
      expiresAt: now + 200 * day,
      lastSyncAt: now - 3_600_000,
      health: { level: 'healthy', reasons: [] },
    });
  });

  it('falls back to the organization when there is no display name', () => {
    expect(row({ displayName: null }).name).toBe('Contoso ISD');
  });

  it('reads Intune’s 0001-01-01 sync date as never synced', () => {
    expect(row({ lastSyncDateTime: '0001-01-01T00:00:00Z' }).lastSyncAt).toBeUndefined();
  });

  it('keeps a state Graph added after this code, as Graph spells it', () => {
    expect(row({ state: 'somethingNew' as VppToken['state'] }).state).toBe('somethingNew');
  });
});

describe('search', () => {
  it('folds case and accents', () => {
    expect(foldForSearch('Göteborg ÉCOLE')).toBe('goteborg ecole');
  });

  it.each([
    ['contoso', true],
    ['VPP@CONTOSO', true],
    ['goteborg', true],
    ['isd', true],
    ['schools göteborg', true],
    ['schools paris', false],
    // A word must sit inside one field, not straddle two.
    ['schoolsvpp', false],
    ['edu contoso', true],
  ])('"%s" matches: %s', (search, expected) => {
    expect(matchesSearch(row({}), searchWords(search))).toBe(expected);
  });

  it('does not search the id', () => {
    expect(matchesSearch(row({ id: 'abc123' }), searchWords('abc123'))).toBe(false);
  });

  it('treats an empty or blank search as matching everything', () => {
    expect(searchWords('   ')).toEqual([]);
    expect(matchesSearch(row({}), [])).toBe(true);
  });
});

describe('sortRows', () => {
  const rows = [
    row({ id: 'a', displayName: 'Token 10', expirationDateTime: at(3 * day), lastSyncDateTime: at(-2 * day) }),
    row({ id: 'b', displayName: 'token 2', state: 'invalid', expirationDateTime: at(100 * day), lastSyncDateTime: undefined }),
    row({ id: 'c', displayName: 'Token 1', expirationDateTime: 'not a date' }),
  ];

  it('sorts names as people do: numbers by value, case ignored', () => {
    expect(names(sortRows(rows, 'name', 'ascending'))).toEqual(['Token 1', 'token 2', 'Token 10']);
    expect(names(sortRows(rows, 'name', 'descending'))).toEqual(['Token 10', 'token 2', 'Token 1']);
  });

  it('puts the worst health first when descending', () => {
    expect(sortRows(rows, 'health', 'descending').map((r) => r.health.level)).toEqual(['unhealthy', 'warning', 'warning']);
  });

  it('sorts a missing date as the oldest', () => {
    expect(names(sortRows(rows, 'expires', 'ascending'))).toEqual(['Token 1', 'Token 10', 'token 2']);
    expect(names(sortRows(rows, 'lastSync', 'ascending'))).toEqual(['token 2', 'Token 10', 'Token 1']);
  });

  it('breaks ties by name then id, whatever the direction, and leaves the input alone', () => {
    const tied = [row({ id: 'z', displayName: 'Same' }), row({ id: 'y', displayName: 'Same' }), row({ id: 'x', displayName: 'Alpha' })];
    expect(sortRows(tied, 'autoUpdate', 'ascending').map((r) => r.id)).toEqual(['x', 'y', 'z']);
    expect(sortRows(tied, 'autoUpdate', 'descending').map((r) => r.id)).toEqual(['x', 'y', 'z']);
    expect(tied.map((r) => r.id)).toEqual(['z', 'y', 'x']);
  });

  it('sorts automatic app updates off before on', () => {
    const mixed = [row({ id: 'on', automaticallyUpdateApps: true }), row({ id: 'off', automaticallyUpdateApps: false })];
    expect(sortRows(mixed, 'autoUpdate', 'ascending').map((r) => r.id)).toEqual(['off', 'on']);
  });
});

describe('createRowDeriver', () => {
  it('reuses the row of a token it has seen at the same time, and works rows out afresh when the time moves', () => {
    const derive = createRowDeriver();
    const first = { ...base, id: 'a' };
    const [a1] = derive([first], now);
    const [a2, b] = derive([first, { ...base, id: 'b' }], now);
    expect(a2).toBe(a1);
    expect(b?.id).toBe('b');
    const [a3] = derive([first], now + 60_000);
    expect(a3).not.toBe(a1);
    expect(a3).toEqual(toTokenRow(first, now + 60_000));
  });

  it('works rows out afresh when the warning windows change, so health follows them', () => {
    const derive = createRowDeriver();
    const soon = { ...base, id: 'soon', expirationDateTime: at(45 * day) };
    const wide = { expiringWithinDays: 60, syncWarningAfterDays: 1, syncUnhealthyAfterDays: 3 };
    const [before] = derive([soon], now);
    expect(before?.health.level).toBe('healthy');
    const [after] = derive([soon], now, wide);
    expect(after?.health).toMatchObject({ level: 'warning', reasons: [{ code: 'expiresSoon' }] });
    expect(derive([soon], now, wide)[0]).toBe(after);
  });
});
