/**
 * The vppToken resource as the simulator stores it, and which of its properties each Graph
 * version knows. One list per version keeps v1.0 answers and v1.0 validation honest: v1.0
 * neither shows nor accepts the beta-only properties.
 */
import type {
  VppToken,
  VppTokenAccountType,
  VppTokenState,
  VppTokenSyncStatus,
} from '@microsoft/microsoft-graph-types-beta';

/** beta's lastAppCount is in Graph's metadata but missing from the published typings. */
export type VppTokenEntity = VppToken & { id: string; lastAppCount?: number };

export type ApiVersion = 'beta' | 'v1.0';

export const V1_PROPERTIES = [
  'id',
  'organizationName',
  'vppTokenAccountType',
  'appleId',
  'expirationDateTime',
  'lastSyncDateTime',
  'token',
  'lastModifiedDateTime',
  'state',
  'lastSyncStatus',
  'automaticallyUpdateApps',
  'countryOrRegion',
] as const;

export const BETA_ONLY_PROPERTIES = [
  'tokenActionResults',
  'dataSharingConsentGranted',
  'displayName',
  'locationName',
  'claimTokenManagementFromExternalMdm',
  'roleScopeTagIds',
  'lastAppCount',
] as const;

export const BETA_PROPERTIES = [...V1_PROPERTIES, ...BETA_ONLY_PROPERTIES] as const;

export function propertiesOf(version: ApiVersion): readonly string[] {
  return version === 'beta' ? BETA_PROPERTIES : V1_PROPERTIES;
}

/**
 * Set by Intune or Apple, never by the admin. Graph marks nothing read-only, and clients (and
 * Microsoft's own Update example) send whole objects back, so these are accepted and ignored.
 */
export const SERVER_SET_PROPERTIES = new Set<string>([
  'id',
  'organizationName',
  'expirationDateTime',
  'lastSyncDateTime',
  'lastModifiedDateTime',
  'state',
  'lastSyncStatus',
  'tokenActionResults',
  'locationName',
  'lastAppCount',
]);

export const ACCOUNT_TYPES: readonly VppTokenAccountType[] = ['business', 'education'];
export const SYNC_STATUSES: readonly VppTokenSyncStatus[] = ['none', 'inProgress', 'completed', 'failed'];
export const TOKEN_STATES: readonly VppTokenState[] = [
  'unknown',
  'valid',
  'expired',
  'invalid',
  'assignedToExternalMDM',
  'duplicateLocationId',
];

/** Intune's "never": what lastSyncDateTime holds before the first sync. */
export const NEVER = '0001-01-01T00:00:00Z';

export const MAX_TOKENS_PER_TENANT = 3000;

export const ODATA_TYPE = '#microsoft.graph.vppToken';
