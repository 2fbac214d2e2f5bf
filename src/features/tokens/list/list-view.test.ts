import type { VppToken } from '@microsoft/microsoft-graph-types-beta';
import { describe, expect, it } from 'vitest';
import { defaultView, filterRows, isFiltered, showsOnly, sortByColumn, type ListView } from './list-view';
import { toTokenRow } from './token-rows';

describe('sortByColumn', () => {
  it('flips the order of the column already sorted on', () => {
    expect(sortByColumn({ ...defaultView, sort: 'name', direction: 'ascending' }, 'name')).toEqual({ sort: 'name', direction: 'descending' });
    expect(sortByColumn({ ...defaultView, sort: 'name', direction: 'descending' }, 'name')).toEqual({ sort: 'name', direction: 'ascending' });
  });

  it('starts a new column in its natural order: health worst first, the rest from A or the soonest', () => {
    expect(sortByColumn({ ...defaultView, sort: 'name' }, 'health')).toEqual({ sort: 'health', direction: 'descending' });
    expect(sortByColumn(defaultView, 'expires')).toEqual({ sort: 'expires', direction: 'ascending' });
  });
});

describe('filterRows', () => {
  const now = Date.parse('2026-03-10T12:00:00Z');
  const day = 86_400_000;
  const token = (id: string, changes: Partial<VppToken>): VppToken => ({
    id,
    displayName: id,
    state: 'valid',
    lastSyncStatus: 'completed',
    expirationDateTime: new Date(now + 200 * day).toISOString(),
    lastSyncDateTime: new Date(now - 3_600_000).toISOString(),
    ...changes,
  });
  const rows = [
    token('healthy north', {}),
    token('soon north', { expirationDateTime: new Date(now + 2 * day).toISOString() }),
    token('invalid south', { state: 'invalid' }),
    token('failed south', { lastSyncStatus: 'failed' }),
  ].map((t) => toTokenRow(t, now));
  const ids = (view: Partial<ListView>) => filterRows(rows, { ...defaultView, ...view }).map((row) => row.id);

  it('returns the same rows when nothing filters', () => {
    expect(filterRows(rows, defaultView)).toBe(rows);
    expect(isFiltered(defaultView)).toBe(false);
    expect(isFiltered({ ...defaultView, search: '  ' })).toBe(false);
  });

  it('filters by state, health, issue and search, all together', () => {
    expect(ids({ states: ['invalid'] })).toEqual(['invalid south']);
    expect(ids({ health: ['warning'] })).toEqual(['soon north', 'failed south']);
    expect(ids({ health: ['warning', 'unhealthy'], search: 'south' })).toEqual(['invalid south', 'failed south']);
    expect(ids({ issue: 'expiresSoon' })).toEqual(['soon north']);
    expect(ids({ search: 'NORTH', states: ['valid'], health: ['healthy'] })).toEqual(['healthy north']);
    expect(isFiltered({ ...defaultView, issue: 'syncFailed' })).toBe(true);
  });

  it('keeps the order it was given', () => {
    const reversed = [...rows].reverse();
    expect(filterRows(reversed, { ...defaultView, search: 'south' }).map((row) => row.id)).toEqual(['failed south', 'invalid south']);
  });
});

describe('showsOnly', () => {
  it('is true only when the view shows a summary count’s tokens and nothing narrows them further', () => {
    const unhealthy = { health: ['unhealthy' as const], issue: undefined };
    const expiring = { health: [], issue: 'expiresSoon' as const };
    expect(showsOnly({ ...defaultView, health: ['unhealthy'] }, unhealthy)).toBe(true);
    expect(showsOnly({ ...defaultView, health: ['unhealthy', 'warning'] }, unhealthy)).toBe(false);
    expect(showsOnly({ ...defaultView, health: ['unhealthy'], search: 'north' }, unhealthy)).toBe(false);
    expect(showsOnly({ ...defaultView, issue: 'expiresSoon' }, expiring)).toBe(true);
    expect(showsOnly({ ...defaultView, issue: 'expiresSoon', states: ['valid'] }, expiring)).toBe(false);
    expect(showsOnly(defaultView, expiring)).toBe(false);
  });
});
