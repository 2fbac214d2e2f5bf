import { describe, expect, it } from 'vitest';
import { describeAgo, describeExpiry, isNeverDate } from './relative-time';

const now = Date.parse('2026-03-10T12:00:00Z');
const at = (ms: number) => new Date(now + ms).toISOString();
const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;

describe('describeExpiry', () => {
  it.each([
    [12 * day + 5 * hour, 'in 12 days'],
    [2 * day, 'in 2 days'],
    [day + hour, 'tomorrow'],
    [5 * hour, 'today'],
    [1, 'today'],
    [0, 'expired today'],
    [-5 * hour, 'expired today'],
    [-day - hour, 'expired yesterday'],
    [-3 * day, 'expired 3 days ago'],
    [365 * day, 'in 11 months'],
    [-800 * day, 'expired 2 years ago'],
  ])('%d ms from now reads "%s"', (offset, text) => {
    expect(describeExpiry(at(offset), now)).toBe(text);
  });

  it('says so when the date is missing or unreadable', () => {
    expect(describeExpiry(undefined, now)).toBe('unknown date');
    expect(describeExpiry(null, now)).toBe('unknown date');
    expect(describeExpiry('next Tuesday-ish', now)).toBe('unknown date');
  });
});

describe('describeAgo', () => {
  it.each([
    [0, 'just now'],
    [-30_000, 'just now'],
    [30_000, 'just now'],
    [-5 * minute, '5 minutes ago'],
    [-minute, '1 minute ago'],
    [-3 * hour - 10 * minute, '3 hours ago'],
    [-day - hour, 'yesterday'],
    [-2 * day, '2 days ago'],
    [-90 * day, '2 months ago'],
    [10 * minute, 'in 10 minutes'],
  ])('%d ms from now reads "%s"', (offset, text) => {
    expect(describeAgo(at(offset), now)).toBe(text);
  });

  it('reads "never" when there is no date', () => {
    expect(describeAgo(undefined, now)).toBe('never');
    expect(describeAgo(null, now)).toBe('never');
    expect(describeAgo('', now)).toBe('never');
  });

  it('reads "unknown date" for text that is not a date', () => {
    expect(describeAgo('yesterday-ish', now)).toBe('unknown date');
  });
});

describe('Intune’s never-synced date', () => {
  it('reads 0001-01-01 as never rather than two thousand years ago', () => {
    expect(describeAgo('0001-01-01T00:00:00Z', now)).toBe('never');
    expect(isNeverDate('0001-01-01T00:00:00Z')).toBe(true);
    expect(isNeverDate('2026-11-27T10:00:00Z')).toBe(false);
  });
});
