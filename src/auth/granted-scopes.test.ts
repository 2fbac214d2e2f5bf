import { describe, expect, it } from 'vitest';
import { allowsWrite, grantedScopes, scopesInAccessToken } from './granted-scopes';

function jwt(claims: unknown): string {
  const encode = (value: unknown) =>
    btoa(String.fromCharCode(...new TextEncoder().encode(JSON.stringify(value))))
      .replace(/\+/g, '-')
      .replace(/\//g, '_')
      .replace(/=+$/, '');
  return `${encode({ alg: 'RS256', typ: 'JWT' })}.${encode(claims)}.signature`;
}

describe('granted scopes', () => {
  it('reads scp from the access token, names with non-ASCII included', () => {
    expect(scopesInAccessToken(jwt({ scp: 'DeviceManagementServiceConfig.Read.All User.Read', name: 'Zoë' }))).toEqual([
      'DeviceManagementServiceConfig.Read.All',
      'User.Read',
    ]);
  });

  it('knows nothing from an opaque, garbled or scp-less token', () => {
    expect(scopesInAccessToken('opaque')).toBeUndefined();
    expect(scopesInAccessToken('a.%%%.c')).toBeUndefined();
    expect(scopesInAccessToken(jwt({ scope: 'x' }))).toBeUndefined();
  });

  it('falls back to the scopes the token endpoint reported', () => {
    expect(grantedScopes({ accessToken: 'opaque', scopes: ['https://graph.microsoft.com/DeviceManagementServiceConfig.ReadWrite.All'] })).toEqual([
      'https://graph.microsoft.com/DeviceManagementServiceConfig.ReadWrite.All',
    ]);
    expect(grantedScopes({ accessToken: jwt({ scp: 'DeviceManagementServiceConfig.Read.All' }), scopes: ['ignored'] })).toEqual([
      'DeviceManagementServiceConfig.Read.All',
    ]);
  });

  it('allows writes only with a ReadWrite permission, bare or as a URI', () => {
    expect(allowsWrite(['DeviceManagementServiceConfig.ReadWrite.All'])).toBe(true);
    expect(allowsWrite(['https://graph.microsoft.com/DeviceManagementServiceConfig.ReadWrite.All'])).toBe(true);
    expect(allowsWrite(['deviceManagementApps.readwrite.all'])).toBe(true);
    expect(allowsWrite(['DeviceManagementServiceConfig.Read.All', 'openid', 'profile'])).toBe(false);
    expect(allowsWrite([])).toBe(false);
  });
});
