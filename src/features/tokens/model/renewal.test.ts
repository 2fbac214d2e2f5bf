import { describe, expect, it } from 'vitest';
import { showsExpiry, describeLocationAfterRenewal } from './renewal';

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

describe('describeLocationAfterRenewal', () => {
  it('says the location stayed when the file is for the same location', () => {
    expect(describeLocationAfterRenewal('Main Campus', 'Main Campus')).toEqual({ changed: false, text: 'Its location, Main Campus, is unchanged.' });
  });

  it('warns when the renewal moved the token to another location of the organization', () => {
    const said = describeLocationAfterRenewal('Main Campus', 'North Campus');
    expect(said?.changed).toBe(true);
    expect(said?.text).toContain('from Main Campus to North Campus');
  });

  it('says nothing where Graph gives no location (v1.0)', () => {
    expect(describeLocationAfterRenewal(undefined, undefined)).toBeUndefined();
  });
});
