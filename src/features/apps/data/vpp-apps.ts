import { queryOptions, useIsMutating, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect } from 'react';
import type { MobileApp } from '@microsoft/microsoft-graph-types-beta';
import type { GraphClient } from '../../../graph/graph-client';
import { useGraphClient } from '../../../graph/graph-context';
import { GraphError } from '../../../graph/graph-error';
import { useWarningWindows } from '../../settings/use-warning-windows';
import { isVppApp, licensesByToken, noLicenses, type TokenLicenses, type VppApp } from '../model/vpp-apps';
import { appKeys, revokeKeys } from './app-keys';

export const mobileAppsPath = '/deviceAppManagement/mobileApps';

/** Asks Graph for the VPP kinds only; whether it filters mobileApps by type is not documented. */
const vppAppsFilter = "isof('microsoft.graph.iosVppApp') or isof('microsoft.graph.macOsVppApp')";

/** Apps per request: 30,000 apps in a large tenant are 31 requests rather than 300. */
export const appsPageSize = 999;

/** A 400 about the filter itself: the read is made again without it, and the VPP apps kept here. */
function refusesFilter(error: unknown): boolean {
  return error instanceof GraphError && error.status === 400 && /\$?filter|isof/i.test(error.message);
}

/**
 * Every VPP app in the tenant, one paged read for all tokens (never a request per token). The type
 * filter is asked for; where Graph refuses it, every page is read and the other apps left out.
 */
export async function fetchVppApps(graph: GraphClient, signal?: AbortSignal): Promise<VppApp[]> {
  const keepVpp = (apps: MobileApp[]) => apps.filter(isVppApp);
  try {
    const filtered = `${mobileAppsPath}?$filter=${encodeURIComponent(vppAppsFilter)}&$top=${appsPageSize}`;
    return keepVpp(await graph.getAllPages<MobileApp>(filtered, { signal, what: 'apps' }));
  } catch (error) {
    if (!refusesFilter(error)) throw error;
    return keepVpp(await graph.getAllPages<MobileApp>(`${mobileAppsPath}?$top=${appsPageSize}`, { signal, what: 'apps' }));
  }
}

/** Why a token's apps cannot be shown in this Graph: v1.0 apps carry no token ID to join on. */
export type AppsUnavailable = 'needsBeta';

export function appsUnavailableIn(graph: GraphClient): AppsUnavailable | undefined {
  return graph.version === 'beta' ? undefined : 'needsBeta';
}

export const vppAppQueries = {
  tenant: (graph: GraphClient) =>
    queryOptions({
      queryKey: appKeys.vppApps(),
      queryFn: ({ signal }) => fetchVppApps(graph, signal),
      // Intune updates the counts "within a few hours"; a minute old is as fresh as Graph gets.
      staleTime: 60_000,
    }),
};

/**
 * Starts reading the tenant's VPP apps as a token's page mounts, unless they are fresh or on their
 * way already: beside the token's own read rather than once the token has arrived. Not in v1.0.
 */
export function useStartVppAppsRead(): void {
  const graph = useGraphClient();
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!appsUnavailableIn(graph)) void queryClient.prefetchQuery(vppAppQueries.tenant(graph));
  }, [graph, queryClient]);
}

// Grouped once per read of the apps and running-out share, however many parts of a screen ask (the
// token page has four); the admin's share changes seldom, so the last one is all that is kept.
const groupedReads = new WeakMap<VppApp[], { percent: number; byToken: Map<string, TokenLicenses> }>();
function groupedByToken(apps: VppApp[], percent: number): Map<string, TokenLicenses> {
  let grouped = groupedReads.get(apps);
  if (grouped?.percent !== percent) groupedReads.set(apps, (grouped = { percent, byToken: licensesByToken(apps, percent) }));
  return grouped.byToken;
}

/**
 * The tenant's VPP apps grouped by token, for the list's columns and the attention summary, with
 * "running out" as this browser's warning windows set it. In v1.0 nothing is asked of Graph: its
 * apps do not say which token bought them.
 */
export function useLicensesByToken({ enabled = true }: { enabled?: boolean } = {}) {
  const graph = useGraphClient();
  const unavailable = appsUnavailableIn(graph);
  // While a revoke waits for Apple, the counts are read again now and then, so the screen shows them fall.
  const revoking = useIsMutating({ mutationKey: revokeKeys.all }) > 0;
  const query = useQuery({ ...vppAppQueries.tenant(graph), enabled: enabled && !unavailable, refetchInterval: revoking ? 10_000 : false });
  const { runningOutPercent } = useWarningWindows();
  const byToken = query.data ? groupedByToken(query.data, runningOutPercent) : undefined;
  const { refetch } = query;
  const retry = useCallback(() => void refetch(), [refetch]);
  return { byToken, runningOutPercent, unavailable, isPending: !unavailable && query.isPending, error: query.error, retry };
}

/** One token's apps and licenses, from the same tenant-wide read. */
export function useTokenLicenses(tokenId: string) {
  const { byToken, ...state } = useLicensesByToken();
  const licenses: TokenLicenses | undefined = byToken ? (byToken.get(tokenId) ?? noLicenses) : undefined;
  return { licenses, ...state };
}
