import { queryOptions, useQuery } from '@tanstack/react-query';
import type { IosVppAppAssignedDeviceLicense, IosVppAppAssignedLicense } from '@microsoft/microsoft-graph-types-beta';
import type { GraphClient } from '../../../graph/graph-client';
import { useGraphClient } from '../../../graph/graph-context';
import { appKeys } from './app-keys';
import { mobileAppsPath } from './vpp-apps';

/** A license Apple assigned for the app: to a user, or to a device (which also names its user). */
export type AssignedLicense = (IosVppAppAssignedLicense | IosVppAppAssignedDeviceLicense) & { id: string; '@odata.type'?: string };

export function isDeviceLicense(license: AssignedLicense): license is IosVppAppAssignedDeviceLicense & { id: string } {
  return license['@odata.type'] === '#microsoft.graph.iosVppAppAssignedDeviceLicense' || 'managedDeviceId' in license;
}

/** Graph's path to an iOS VPP app's licenses goes through the type cast (assignedLicenses is declared on iosVppApp). */
export async function fetchAssignedLicenses(graph: GraphClient, appId: string, signal?: AbortSignal): Promise<AssignedLicense[]> {
  return graph.getAllPages<AssignedLicense>(`${mobileAppsPath}/${encodeURIComponent(appId)}/microsoft.graph.iosVppApp/assignedLicenses`, { signal });
}

export const assignedLicenseQueries = {
  app: (graph: GraphClient, appId: string) =>
    queryOptions({ queryKey: appKeys.assignedLicenses(appId), queryFn: ({ signal }) => fetchAssignedLicenses(graph, appId, signal) }),
};

export function useAssignedLicenses(appId: string) {
  return useQuery(assignedLicenseQueries.app(useGraphClient(), appId));
}
