import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildPatch, describePatch } from './patch';
import { sameFieldValue } from './token-fields';
import { editableTokenFields, type TokenEdits } from './token-fields';

const baseline: TokenEdits = {
  displayName: 'Contoso Education',
  appleId: 'vpp@contoso.com',
  countryOrRegion: 'us',
  vppTokenAccountType: 'business',
  automaticallyUpdateApps: false,
  dataSharingConsentGranted: true,
  claimTokenManagementFromExternalMdm: false,
  roleScopeTagIds: ['0', '5'],
};

describe('buildPatch', () => {
  it('is empty when nothing changed', () => {
    expect(buildPatch(baseline, { ...baseline, roleScopeTagIds: [...baseline.roleScopeTagIds] })).toEqual({});
  });

  it('sends exactly the new name when the admin renames the token', () => {
    expect(buildPatch(baseline, { ...baseline, displayName: 'New name' })).toEqual({ displayName: 'New name' });
  });

  it('is empty again after a change is reverted', () => {
    const changed = { ...baseline, displayName: 'Other', automaticallyUpdateApps: true, roleScopeTagIds: ['0'] };
    expect(buildPatch(baseline, changed)).not.toEqual({});
    const reverted = { ...changed, displayName: 'Contoso Education', automaticallyUpdateApps: false, roleScopeTagIds: ['5', '0'] };
    expect(buildPatch(baseline, reverted)).toEqual({});
  });

  it('trims the name and the Apple ID it sends', () => {
    expect(buildPatch(baseline, { ...baseline, displayName: '  New name ', appleId: ' admin@contoso.com\n' })).toEqual({
      displayName: 'New name',
      appleId: 'admin@contoso.com',
    });
  });

  it('ignores whitespace around an otherwise unchanged text', () => {
    expect(buildPatch(baseline, { ...baseline, displayName: ' Contoso Education  ', appleId: 'vpp@contoso.com ' })).toEqual({});
  });

  it('sends an emptied name as an empty string', () => {
    expect(buildPatch(baseline, { ...baseline, displayName: '   ' })).toEqual({ displayName: '' });
  });

  it('compares the country case-insensitively and sends it lowercase', () => {
    expect(buildPatch(baseline, { ...baseline, countryOrRegion: 'US' })).toEqual({});
    expect(buildPatch(baseline, { ...baseline, countryOrRegion: 'DE ' })).toEqual({ countryOrRegion: 'de' });
  });

  it('sends booleans and the account type by value', () => {
    expect(
      buildPatch(baseline, {
        ...baseline,
        vppTokenAccountType: 'education',
        automaticallyUpdateApps: true,
        dataSharingConsentGranted: false,
        claimTokenManagementFromExternalMdm: true,
      }),
    ).toEqual({
      vppTokenAccountType: 'education',
      automaticallyUpdateApps: true,
      dataSharingConsentGranted: false,
      claimTokenManagementFromExternalMdm: true,
    });
  });

  it('treats reordered or repeated scope tags as no change', () => {
    expect(buildPatch(baseline, { ...baseline, roleScopeTagIds: ['5', '0'] })).toEqual({});
    expect(buildPatch(baseline, { ...baseline, roleScopeTagIds: ['5', '0', '5'] })).toEqual({});
  });

  it('sends the whole scope tag list, in the order given and without duplicates, when a tag is added', () => {
    expect(buildPatch(baseline, { ...baseline, roleScopeTagIds: ['7', '0', '5', '7'] })).toEqual({ roleScopeTagIds: ['7', '0', '5'] });
  });

  it('sends the whole remaining scope tag list when a tag is removed, even down to none', () => {
    expect(buildPatch(baseline, { ...baseline, roleScopeTagIds: ['5'] })).toEqual({ roleScopeTagIds: ['5'] });
    expect(buildPatch(baseline, { ...baseline, roleScopeTagIds: [] })).toEqual({ roleScopeTagIds: [] });
  });

  it('never sends a type annotation, server-set properties or the token', () => {
    const values = { ...baseline, displayName: 'X', '@odata.type': '#microsoft.graph.vppToken', state: 'valid', token: 'secret' };
    expect(Object.keys(buildPatch(baseline, values as TokenEdits))).toEqual(['displayName']);
  });

  it('survives a form that hands over null for a cleared field', () => {
    const values = { ...baseline, displayName: null, roleScopeTagIds: undefined } as unknown as TokenEdits;
    expect(buildPatch(baseline, values)).toEqual({ displayName: '', roleScopeTagIds: [] });
  });

  const edits = fc.record<TokenEdits>({
    displayName: fc.constantFrom('', 'A', ' A', 'B'),
    appleId: fc.constantFrom('', 'a@x.com', 'a@x.com '),
    countryOrRegion: fc.constantFrom('', 'us', 'US', 'de'),
    vppTokenAccountType: fc.constantFrom('business', 'education'),
    automaticallyUpdateApps: fc.boolean(),
    dataSharingConsentGranted: fc.boolean(),
    claimTokenManagementFromExternalMdm: fc.boolean(),
    roleScopeTagIds: fc.array(fc.constantFrom('0', '1', '2'), { maxLength: 4 }),
  });

  it('yields a patch that, applied to the baseline, leaves nothing more to save', () => {
    fc.assert(
      fc.property(edits, edits, (base, values) => {
        const applied = { ...base, ...buildPatch(base, values) };
        expect(buildPatch(applied, values)).toEqual({});
        for (const field of editableTokenFields) expect(sameFieldValue(field, applied[field], values[field])).toBe(true);
      }),
    );
  });

  it('sends only fields whose values differ', () => {
    fc.assert(
      fc.property(edits, edits, (base, values) => {
        const patch = buildPatch(base, values);
        for (const field of editableTokenFields) {
          expect(field in patch).toBe(!sameFieldValue(field, base[field], values[field]));
        }
      }),
    );
  });
});

describe('describePatch', () => {
  it.each([
    [{ automaticallyUpdateApps: true }, 'Automatic app updates turned on'],
    [{ automaticallyUpdateApps: false }, 'Automatic app updates turned off'],
    [{ displayName: 'Lab iPads' }, 'Renamed to "Lab iPads"'],
    [{ displayName: '' }, 'Display name cleared'],
    [{ dataSharingConsentGranted: true }, 'Data sharing consent granted'],
    [{ dataSharingConsentGranted: false }, 'Data sharing consent withdrawn'],
    [{ countryOrRegion: 'de' }, 'Country or region set to DE'],
    [{ vppTokenAccountType: 'education' as const }, 'Account type set to education'],
    [{ roleScopeTagIds: ['1'] }, 'Scope tags updated'],
    [{ appleId: 'a@contoso.com' }, 'Apple ID changed'],
    [{ claimTokenManagementFromExternalMdm: true }, 'Taking control from another MDM'],
    [{ claimTokenManagementFromExternalMdm: false }, 'No longer taking control from another MDM'],
    [{ token: 'c2VjcmV0' }, 'Token renewed'],
    [{}, 'Nothing changed'],
  ])('describes %j as "%s"', (patch, text) => {
    expect(describePatch(patch)).toBe(text);
  });

  it('joins several changes, the renewal first', () => {
    expect(describePatch({ automaticallyUpdateApps: true, token: 'c2VjcmV0', displayName: 'X' })).toBe(
      'Token renewed; Renamed to "X"; Automatic app updates turned on',
    );
  });

  it('never shows the token content', () => {
    expect(describePatch({ token: 'super-secret-content' })).not.toContain('super-secret');
  });
});
