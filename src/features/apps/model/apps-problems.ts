import { GraphError } from '../../../graph/graph-error';

/** The permission Graph wants before it lists apps, and the one for changing their licenses. */
export const appsReadPermission = 'DeviceManagementApps.Read.All';
export const appsWritePermission = 'DeviceManagementApps.ReadWrite.All';

/** An account may read tokens but not apps: Graph answers a read of mobileApps with 403. */
export function lacksAppsPermission(error: unknown): boolean {
  return error instanceof GraphError && error.status === 403;
}

/** Why the apps could not be read, in words the admin can act on. */
export function describeAppsReadFailure(error: unknown): string {
  if (lacksAppsPermission(error)) {
    return `Your account may see tokens but not apps: reading apps needs the ${appsReadPermission} permission. An administrator grants it to this app in Microsoft Entra ID (API permissions, then admin consent).`;
  }
  if (error instanceof GraphError) return error.message;
  return 'The apps could not be read.';
}

/** Why Graph did not start a revoke. A token's revoke is a token permission; an app's, an apps one. */
export function describeRevokeRequestFailure(error: unknown, scope: 'token' | 'app'): string {
  if (error instanceof GraphError && error.status === 403) {
    const permission = scope === 'token' ? 'DeviceManagementServiceConfig.ReadWrite.All' : appsWritePermission;
    return `Your account cannot revoke these licenses: that needs the ${permission} permission. Ask an Intune administrator to grant it.`;
  }
  if (error instanceof GraphError && error.status === 404) {
    return scope === 'token'
      ? 'This token no longer exists in Intune: it was deleted elsewhere, so there is nothing left to revoke.'
      : 'Intune no longer has this app on the token: it was removed elsewhere, so there is nothing left to revoke.';
  }
  if (error instanceof GraphError) return error.message;
  return 'The revoke could not be sent.';
}
