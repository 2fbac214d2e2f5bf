import { describe, expect, it } from 'vitest';
import { showsExpiry } from './renewal';

const renewed = '2027-01-05T10:00:00.000Z';

describe('showsExpiry', () => {
  it('holds when Graph reports the file’s expiry, in any notation', () => {
    expect(showsExpiry({ expirationDateTime: '2027-01-05T10:00:00Z' }, renewed)).toBe(true);
    expect(showsExpiry({ expirationDateTime: '2027-01-05T11:00:00+01:00' }, renewed)).toBe(true);
  });

  it('tolerates Intune rounding the date to the day', () => {
    expect(showsExpiry({ expirationDateTime: '2027-01-05T00:00:00Z' }, renewed)).toBe(true);
  });

  it('does not hold while Graph still reports the old expiry', () => {
    expect(showsExpiry({ expirationDateTime: '2026-01-05T10:00:00Z' }, renewed)).toBe(false);
    expect(showsExpiry({ expirationDateTime: '2027-01-03T10:00:00Z' }, renewed)).toBe(false);
  });

  it('does not hold without a readable date', () => {
    expect(showsExpiry({ expirationDateTime: undefined }, renewed)).toBe(false);
    expect(showsExpiry({ expirationDateTime: 'soon' }, renewed)).toBe(false);
    expect(showsExpiry(undefined, renewed)).toBe(false);
  });
});
