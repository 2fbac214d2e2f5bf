import type { GraphVersion } from '../../../graph/graph-client';

/**
 * The vppToken properties beta declares and v1.0 does not, as Microsoft's published metadata has
 * them (data/token-queries.test.ts holds this list to the metadata). A v1.0 answer never carries
 * them, and a v1.0 request must not ask for or send them.
 */
export const betaOnlyTokenProperties: ReadonlySet<string> = new Set([
  'displayName',
  'locationName',
  'dataSharingConsentGranted',
  'roleScopeTagIds',
  'claimTokenManagementFromExternalMdm',
  'tokenActionResults',
  'appleDeviceAppDeliveryProtocolType',
]);

export function declaredIn(version: GraphVersion, property: string): boolean {
  return version === 'beta' || !betaOnlyTokenProperties.has(property);
}

/** What the token's page cannot show when the app talks to Graph v1.0, in the admin's words. */
export const missingInV1 = ['display name', 'location', 'data sharing consent', 'scope tags', 'taking control from another MDM', 'app delivery'] as const;
