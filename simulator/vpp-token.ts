/**
 * The vppToken resource as the simulator stores it, and which of its properties each Graph
 * version shows. The lists come from Microsoft's metadata (metadata.ts), so a v1.0 answer carries
 * only what v1.0 declares and v1.0 validation refuses what only beta declares.
 */
import type {
  VppToken,
  VppTokenAccountType,
  VppTokenRevokeLicensesActionResult,
  VppTokenState,
  VppTokenSyncStatus,
} from '@microsoft/microsoft-graph-types-beta';
import { enumMembers, METADATA, type ApiVersion } from './metadata.ts';

export type { ApiVersion } from './metadata.ts';

/** beta's metadata declares it; the published typings (microsoft-graph-types-beta) do not yet. */
export type AppleDeviceDeliveryProtocol = 'default' | 'mobileDeviceManagement' | 'declarativeDeviceManagement' | 'unknownFutureValue';

export type VppTokenEntity = VppToken & { id: string; appleDeviceAppDeliveryProtocolType?: AppleDeviceDeliveryProtocol };

export function propertiesOf(version: ApiVersion): readonly string[] {
  return Object.keys(METADATA[version].entityType.properties);
}

export const BETA_PROPERTIES = propertiesOf('beta');
export const V1_PROPERTIES = propertiesOf('v1.0');
export const BETA_ONLY_PROPERTIES = BETA_PROPERTIES.filter((name) => !V1_PROPERTIES.includes(name));

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
  'appleDeviceAppDeliveryProtocolType',
]);

// Beta's members: the simulator stores tokens as beta shows them.
export const ACCOUNT_TYPES = enumMembers('beta', 'vppTokenAccountType') as readonly VppTokenAccountType[];
export const SYNC_STATUSES = enumMembers('beta', 'vppTokenSyncStatus') as readonly VppTokenSyncStatus[];
export const TOKEN_STATES = enumMembers('beta', 'vppTokenState') as readonly VppTokenState[];
export const DELIVERY_PROTOCOLS = enumMembers('beta', 'appleDeviceDeliveryProtocol') as readonly AppleDeviceDeliveryProtocol[];

/**
 * What a version answers for a stored value its own enum lacks. v1.0's vppTokenState has no
 * duplicateLocationId (and no unknownFutureValue), so a v1.0 caller is told `unknown`.
 */
export const ENUM_FALLBACKS: Readonly<Record<ApiVersion, Readonly<Record<string, Readonly<Record<string, string>>>>>> = {
  beta: {},
  'v1.0': { state: { duplicateLocationId: 'unknown' } },
};

/** Intune's "never": what lastSyncDateTime holds before the first sync. */
export const NEVER = '0001-01-01T00:00:00Z';

export const MAX_TOKENS_PER_TENANT = 3000;

export const ODATA_TYPE = `#${METADATA.beta.entityType.name}`;

/**
 * Where a revoke stands: Apple has not answered yet, freed the licenses, or refused with a reason
 * (a member of vppTokenActionFailureReason). The same for the token's and the apps' revokes.
 */
export type RevokeProgress = { state: 'pending' } | { state: 'done' } | { state: 'failed'; reason: string };

/** The counts and outcome every revoke result carries, the token's and the apps' alike. */
export function revokeOutcome(totalLicensesCount: number, progress: RevokeProgress) {
  const failed = progress.state === 'failed';
  return {
    actionState: progress.state,
    actionFailureReason: failed ? progress.reason : 'none',
    totalLicensesCount,
    failedLicensesCount: failed ? totalLicensesCount : 0,
  };
}

/**
 * What revokeLicenses leaves in tokenActionResults: beta's metadata has a type derived from
 * vppTokenActionResult for it, so the item names that type, as OData requires of a derived value.
 */
export function revokeLicensesResult(
  startMs: number,
  updatedMs: number,
  totalLicensesCount: number,
  progress: RevokeProgress,
): VppTokenRevokeLicensesActionResult & { '@odata.type': string } {
  return {
    '@odata.type': '#microsoft.graph.vppTokenRevokeLicensesActionResult',
    actionName: 'RevokeLicenses',
    startDateTime: new Date(startMs).toISOString(),
    lastUpdatedDateTime: new Date(updatedMs).toISOString(),
    ...(revokeOutcome(totalLicensesCount, progress) as Pick<VppTokenRevokeLicensesActionResult, 'actionState' | 'actionFailureReason'>),
  };
}
