import { describe, expect, it } from 'vitest';
import { bulkPatch, describeBulkEdit } from './bulk-patch';

const token = { id: 't', automaticallyUpdateApps: false, countryOrRegion: 'us', roleScopeTagIds: ['0', '2'] };

describe('bulkPatch', () => {
  it('sends only the field the bulk change sets, and nothing for a token already as asked', () => {
    expect(bulkPatch({ kind: 'automaticallyUpdateApps', on: true }, token)).toEqual({ automaticallyUpdateApps: true });
    expect(bulkPatch({ kind: 'automaticallyUpdateApps', on: false }, token)).toEqual({});
  });

  it('compares country codes without case and sends them lowercase, as Intune stores them', () => {
    expect(bulkPatch({ kind: 'countryOrRegion', code: 'US' }, token)).toEqual({});
    expect(bulkPatch({ kind: 'countryOrRegion', code: 'DE' }, token)).toEqual({ countryOrRegion: 'de' });
  });

  it('adds or removes one scope tag and sends the whole list, keeping the token’s other tags', () => {
    expect(bulkPatch({ kind: 'addScopeTag', tag: '5' }, token)).toEqual({ roleScopeTagIds: ['0', '2', '5'] });
    expect(bulkPatch({ kind: 'addScopeTag', tag: '2' }, token)).toEqual({});
    expect(bulkPatch({ kind: 'removeScopeTag', tag: '0' }, token)).toEqual({ roleScopeTagIds: ['2'] });
    expect(bulkPatch({ kind: 'removeScopeTag', tag: '9' }, token)).toEqual({});
    expect(bulkPatch({ kind: 'addScopeTag', tag: '1' }, { id: 'x', roleScopeTagIds: null })).toEqual({ roleScopeTagIds: ['1'] });
  });

  it('names each change in the admin’s words', () => {
    expect(describeBulkEdit({ kind: 'automaticallyUpdateApps', on: true })).toBe('Turn automatic app updates on');
    expect(describeBulkEdit({ kind: 'countryOrRegion', code: 'de' })).toBe('Set country or region to DE');
  });
});
