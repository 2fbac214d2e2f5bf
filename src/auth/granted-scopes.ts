/**
 * What the signed-in account may do in Graph, read from the token Graph will check. Only a hint for
 * the screen (Graph decides), so anything unreadable means "not known" rather than an error.
 */

// The permissions that allow changing VPP tokens (the facts sheet's list for this endpoint family).
const writePermissions = ['DeviceManagementServiceConfig.ReadWrite.All', 'DeviceManagementApps.ReadWrite.All'];

function decodeSegment(segment: string): unknown {
  const base64 = segment.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(segment.length / 4) * 4, '=');
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return JSON.parse(new TextDecoder().decode(bytes));
}

/** Entra lists the granted Graph permissions in the access token's `scp`; undefined when it cannot be read. */
export function scopesInAccessToken(accessToken: string): string[] | undefined {
  const payload = accessToken.split('.')[1];
  if (!payload) return undefined;
  try {
    const claims = decodeSegment(payload) as { scp?: unknown };
    return typeof claims.scp === 'string' ? claims.scp.split(' ').filter(Boolean) : undefined;
  } catch {
    return undefined;
  }
}

/** True when one of the scopes (bare, or as https://graph.microsoft.com/Name) allows changes. */
export function allowsWrite(scopes: readonly string[]): boolean {
  return scopes.some((scope) => writePermissions.some((name) => scope.toLowerCase() === name.toLowerCase() || scope.toLowerCase().endsWith(`/${name.toLowerCase()}`)));
}

/**
 * The Graph permissions behind a token: the token's own `scp` when readable (it lists everything
 * granted), else the scopes the token endpoint reported.
 */
export function grantedScopes(result: { accessToken: string; scopes: string[] }): string[] {
  return scopesInAccessToken(result.accessToken) ?? result.scopes;
}
