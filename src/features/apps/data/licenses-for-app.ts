import { queryOptions, useQuery } from '@tanstack/react-query';
import type { VppTokenLicenseSummary } from '@microsoft/microsoft-graph-types-beta';
import type { GraphClient } from '../../../graph/graph-client';
import { useGraphClient } from '../../../graph/graph-context';
import { appKeys } from './app-keys';

/** OData quotes a string by doubling its single quotes. */
const quoted = (text: string) => `'${text.replaceAll("'", "''")}'`;

/** One app's licenses on every token that holds it (the token's own function, under its permission). */
export async function fetchLicensesForApp(graph: GraphClient, bundleId: string, signal?: AbortSignal): Promise<VppTokenLicenseSummary[]> {
  const path = `/deviceAppManagement/vppTokens/getLicensesForApp(bundleId=${encodeURIComponent(quoted(bundleId))})`;
  const { body } = await graph.request<{ value?: VppTokenLicenseSummary[] }>(path, { signal });
  return body?.value ?? [];
}

export const licensesForAppQueries = {
  bundle: (graph: GraphClient, bundleId: string) =>
    queryOptions({ queryKey: appKeys.licensesForApp(bundleId), queryFn: ({ signal }) => fetchLicensesForApp(graph, bundleId, signal) }),
};

export function useLicensesForApp(bundleId: string) {
  return useQuery(licensesForAppQueries.bundle(useGraphClient(), bundleId));
}
