import type { VppToken } from '@microsoft/microsoft-graph-types-beta';
import { describe, expect, it } from 'vitest';
import { applyPendingPatches, applyPendingToList } from './pending';

const server: VppToken = {
  id: 't1',
  displayName: 'Contoso',
  automaticallyUpdateApps: false,
  roleScopeTagIds: ['0'],
  state: 'valid',
};

describe('applyPendingPatches', () => {
  it('shows the server value when nothing is pending', () => {
    expect(applyPendingPatches(server, [])).toBe(server);
  });

  it('lays each pending save over the server value, the latest winning', () => {
    const shown = applyPendingPatches(server, [
      { displayName: 'First', automaticallyUpdateApps: true },
      { displayName: 'Second' },
    ]);
    expect(shown).toEqual({ ...server, displayName: 'Second', automaticallyUpdateApps: true });
  });

  it('does not change the server value it was given', () => {
    const before = structuredClone(server);
    applyPendingPatches(server, [{ displayName: 'X', roleScopeTagIds: ['1'] }]);
    expect(server).toEqual(before);
  });

  it('never copies the token file content into what is shown', () => {
    const shown = applyPendingPatches(server, [{ token: 'secret', displayName: 'Renewed' }]);
    expect(shown).not.toHaveProperty('token');
    expect(shown.displayName).toBe('Renewed');
  });

  it('keeps the server value itself when a pending save only renews the token', () => {
    expect(applyPendingPatches(server, [{ token: 'secret' }])).toBe(server);
  });

  it('keeps extra properties of the value it was given', () => {
    const withExtra = { ...server, lastAppCount: 12 };
    expect(applyPendingPatches(withExtra, [{ displayName: 'X' }]).lastAppCount).toBe(12);
  });
});

describe('applyPendingToList', () => {
  const list: VppToken[] = [server, { id: 't2', displayName: 'Fabrikam' }, { id: 't3', displayName: 'Tailspin' }];

  it('returns the same array when nothing is pending', () => {
    expect(applyPendingToList(list, new Map())).toBe(list);
  });

  it('returns the same array when only other tokens are pending', () => {
    expect(applyPendingToList(list, new Map([['elsewhere', [{ displayName: 'X' }]]]))).toBe(list);
    expect(applyPendingToList(list, new Map([['t2', []]]))).toBe(list);
  });

  it('replaces only the tokens with pending saves', () => {
    const shown = applyPendingToList(list, new Map([['t2', [{ displayName: 'Fabrikam Schools' }]]]));
    expect(shown).not.toBe(list);
    expect(shown[0]).toBe(list[0]);
    expect(shown[1]).toEqual({ id: 't2', displayName: 'Fabrikam Schools' });
    expect(shown[2]).toBe(list[2]);
    expect(list[1]?.displayName).toBe('Fabrikam');
  });
});
