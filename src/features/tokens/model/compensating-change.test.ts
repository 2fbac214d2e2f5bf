import type { VppToken } from '@microsoft/microsoft-graph-types-beta';
import { describe, expect, it } from 'vitest';
import { writeAuditValue } from '../../../graph/audit-vocabulary';
import { changeFromSave, compensatingChange, describeCompensation, describeReverted, type RecordedChange } from './compensating-change';
import { editsFromToken } from './token-fields';

const token: VppToken = {
  id: 't1',
  displayName: 'Contoso',
  appleId: 'vpp@contoso.com',
  countryOrRegion: 'us',
  vppTokenAccountType: 'business',
  automaticallyUpdateApps: true,
  dataSharingConsentGranted: true,
  claimTokenManagementFromExternalMdm: false,
  roleScopeTagIds: ['0', '1'],
};

/** An audit event's modified properties, written the way the log writes them. */
function logged(kind: RecordedChange['kind'], changes: Record<string, [unknown, unknown]>): RecordedChange {
  return {
    kind,
    succeeded: true,
    typed: false,
    properties: Object.entries(changes).map(([name, [old, next]]) => ({
      property: name.charAt(0).toUpperCase() + name.slice(1),
      old: writeAuditValue(old),
      new: writeAuditValue(next),
    })),
  };
}

describe('compensatingChange after a save just made', () => {
  it('sends the old value of a rename that Graph still holds', () => {
    const before = editsFromToken({ ...token, displayName: 'Old name' });
    const change = changeFromSave(before, { displayName: 'Contoso' });
    const result = compensatingChange(change, token);
    expect(result).toMatchObject({ possible: true, patch: { displayName: 'Old name' }, leftAlone: [] });
    if (result.possible) expect(describeReverted(result)).toBe('Display name back to “Old name”');
  });

  it('names a field changed since and leaves it alone, reverting the rest', () => {
    const before = editsFromToken({ ...token, displayName: 'Old name', automaticallyUpdateApps: false });
    const change = changeFromSave(before, { displayName: 'Renamed', automaticallyUpdateApps: true });
    const result = compensatingChange(change, token);
    expect(result).toMatchObject({
      possible: true,
      patch: { automaticallyUpdateApps: false },
      leftAlone: [{ property: 'displayName', label: 'Display name', reason: 'changed since (now “Contoso”)' }],
    });
    expect(result.possible && 'displayName' in result.patch).toBe(false);
  });

  it('cannot undo when every field has changed since', () => {
    const before = editsFromToken({ ...token, countryOrRegion: 'gb' });
    const result = compensatingChange(changeFromSave(before, { countryOrRegion: 'fr' }), token);
    expect(result.possible).toBe(false);
    expect(describeCompensation(result)).toBe(
      'Nothing can go back: every setting this change made has changed since or could not be read. Country or region left alone: changed since (now US).',
    );
  });

  it('never sends the token file: a renewal cannot be undone', () => {
    const result = compensatingChange(changeFromSave(editsFromToken(token), { token: 'secret-content' }), token);
    expect(result).toMatchObject({ possible: false });
    expect(JSON.stringify(result)).not.toContain('secret-content');
    expect(describeCompensation(result)).toMatch(/renewal cannot be undone/);
  });

  it('puts back a whole list of scope tags, compared as a set', () => {
    const before = editsFromToken({ ...token, roleScopeTagIds: ['0'] });
    const result = compensatingChange(changeFromSave(before, { roleScopeTagIds: ['1', '0'] }), token);
    expect(result).toMatchObject({ possible: true, patch: { roleScopeTagIds: ['0'] } });
  });
});

describe('compensatingChange from the audit log', () => {
  it('reads booleans, enums, codes and lists back into the token’s types', () => {
    const change = logged('settings', {
      automaticallyUpdateApps: [false, true],
      vppTokenAccountType: ['education', 'business'],
      countryOrRegion: ['gb', 'us'],
      roleScopeTagIds: [['0'], ['0', '1']],
      appleId: ['old@contoso.com', 'vpp@contoso.com'],
    });
    expect(compensatingChange(change, token)).toMatchObject({
      possible: true,
      patch: {
        automaticallyUpdateApps: false,
        vppTokenAccountType: 'education',
        countryOrRegion: 'gb',
        roleScopeTagIds: ['0'],
        appleId: 'old@contoso.com',
      },
      leftAlone: [],
    });
  });

  it('matches property names without regard to case', () => {
    const change: RecordedChange = { kind: 'settings', typed: false, properties: [{ property: 'DISPLAYNAME', old: 'Before', new: 'Contoso' }] };
    expect(compensatingChange(change, token)).toMatchObject({ possible: true, patch: { displayName: 'Before' } });
  });

  it('names values that do not parse and reverts only the rest', () => {
    const change: RecordedChange = {
      kind: 'settings',
      typed: false,
      properties: [
        { property: 'AutomaticallyUpdateApps', old: 'Maybe', new: 'True' },
        { property: 'VppTokenAccountType', old: 'government', new: 'business' },
        { property: 'CountryOrRegion', old: 'United Kingdom', new: 'us' },
        { property: 'DisplayName', old: null, new: 'Contoso' },
        { property: 'DataSharingConsentGranted', old: 'False', new: 'True' },
      ],
    };
    const result = compensatingChange(change, token);
    expect(result).toMatchObject({ possible: true, patch: { dataSharingConsentGranted: false } });
    expect(result.leftAlone.map((item) => [item.property, item.reason])).toEqual([
      ['automaticallyUpdateApps', 'its earlier value could not be read from the log'],
      ['vppTokenAccountType', 'its earlier value could not be read from the log'],
      ['countryOrRegion', 'its earlier value could not be read from the log'],
      ['displayName', 'its earlier value could not be read from the log'],
    ]);
  });

  it('names a property this console does not change', () => {
    const change = logged('settings', { locationName: ['Paris', 'London'], automaticallyUpdateApps: [false, true] });
    const result = compensatingChange(change, token);
    expect(result).toMatchObject({ possible: true, patch: { automaticallyUpdateApps: false } });
    expect(result.leftAlone).toEqual([{ property: 'LocationName', label: 'LocationName', reason: 'not a setting this console changes' }]);
  });

  it('treats a save that replaced the token file as a renewal, whatever else it changed', () => {
    const change = logged('settings', { token: [null, null], expirationDateTime: ['2026-01-01', '2027-01-01'] });
    expect(compensatingChange(change, token)).toMatchObject({ possible: false, reason: expect.stringMatching(/renewal cannot be undone/) });
  });

  it.each([
    ['delete', /deleted token cannot be brought back/],
    ['sync', /sync cannot be undone/],
    ['create', /Adding a token cannot be undone/],
    ['revoke', /Revoked licenses cannot be given back/],
    ['unknown', /does not know what this activity changed/],
  ] as const)('says a %s cannot be undone', (kind, reason) => {
    expect(compensatingChange({ kind, typed: false, properties: [] }, token)).toMatchObject({ possible: false, reason: expect.stringMatching(reason) });
  });

  it('has nothing to undo for a change Intune refused', () => {
    const change = { ...logged('settings', { displayName: ['Before', 'Contoso'] }), succeeded: false };
    expect(compensatingChange(change, token)).toMatchObject({ possible: false, reason: expect.stringMatching(/did not take this change/) });
  });

  it('has nothing to send when the old value is back already', () => {
    const change = logged('settings', { displayName: ['Contoso', 'Contoso'] });
    expect(compensatingChange(change, token)).toMatchObject({ possible: false, reason: expect.stringMatching(/Nothing to undo/) });
  });
});
