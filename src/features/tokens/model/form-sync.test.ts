import { describe, expect, it } from 'vitest';
import { followServer } from './form-sync';
import type { TokenEdits } from './token-fields';

const base: TokenEdits = {
  displayName: 'Contoso',
  appleId: 'vpp@contoso.com',
  countryOrRegion: 'us',
  vppTokenAccountType: 'business',
  automaticallyUpdateApps: false,
  dataSharingConsentGranted: false,
  claimTokenManagementFromExternalMdm: false,
  roleScopeTagIds: ['0'],
};

describe('followServer', () => {
  it('moves a field the admin has not edited to the new server value', () => {
    const result = followServer({ values: base, reference: base, server: { ...base, displayName: 'Renamed elsewhere' }, sent: [] });
    expect(result.values.displayName).toBe('Renamed elsewhere');
    expect(result.reference.displayName).toBe('Renamed elsewhere');
    expect(result.conflicts).toEqual([]);
  });

  it('keeps an edited field and flags a conflict when the server changed it to something else', () => {
    const values = { ...base, displayName: 'Mine' };
    const result = followServer({ values, reference: base, server: { ...base, displayName: 'Theirs' }, sent: [] });
    expect(result.values.displayName).toBe('Mine');
    expect(result.conflicts).toEqual(['displayName']);
  });

  it('does not call the echo of one of the admin’s own earlier saves a conflict', () => {
    // Save A sent "First"; the admin then typed "Second" and saved again; A's answer arrives.
    const values = { ...base, displayName: 'Second' };
    const result = followServer({
      values,
      reference: base,
      server: { ...base, displayName: 'First' },
      sent: [{ displayName: 'First' }, { displayName: 'Second' }],
    });
    expect(result.values.displayName).toBe('Second');
    expect(result.reference.displayName).toBe('First');
    expect(result.conflicts).toEqual([]);
  });

  it('keeps a typed edit when the server value does not move, as after a failed save', () => {
    const values = { ...base, automaticallyUpdateApps: true };
    const result = followServer({ values, reference: base, server: base, sent: [{ automaticallyUpdateApps: true }] });
    expect(result.values.automaticallyUpdateApps).toBe(true);
    expect(result.reference.automaticallyUpdateApps).toBe(false);
  });

  it('settles an edited field once the server holds the admin’s value', () => {
    const values = { ...base, roleScopeTagIds: ['0', '2'] };
    const result = followServer({ values, reference: base, server: { ...base, roleScopeTagIds: ['2', '0'] }, sent: [] });
    expect(result.reference.roleScopeTagIds).toEqual(['2', '0']);
    expect(result.conflicts).toEqual([]);
  });

  it('treats whitespace around a name and the case of a country code as the same value', () => {
    const values = { ...base, displayName: ' Contoso ', countryOrRegion: 'US' };
    const result = followServer({ values, reference: base, server: { ...base, appleId: 'new@contoso.com' }, sent: [] });
    expect(result.values.appleId).toBe('new@contoso.com');
    expect(result.conflicts).toEqual([]);
  });
});
