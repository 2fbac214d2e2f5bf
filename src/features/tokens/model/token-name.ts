import type { VppToken } from '@microsoft/microsoft-graph-types-beta';

/** What an admin calls a token: its display name, else the organization Apple put in it. */
export function tokenName(token: Pick<VppToken, 'displayName' | 'organizationName' | 'id'>): string {
  return token.displayName?.trim() || token.organizationName?.trim() || token.id || 'Unnamed token';
}
