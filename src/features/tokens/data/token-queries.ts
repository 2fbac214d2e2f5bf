import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import type { VppToken } from '@microsoft/microsoft-graph-types-beta';
import type { GraphClient, GraphVersion } from '../../../graph/graph-client';
import { useGraphClient } from '../../../graph/graph-context';
import { declaredIn } from '../model/graph-versions';
import { tokenKeys } from './token-keys';

export const tokensPath = '/deviceAppManagement/vppTokens';

/** The list holds what it has so far; `complete` turns true once the last page has arrived. */
export type TokenList = { tokens: VppToken[]; complete: boolean };

export const listProperties = [
  'id',
  'displayName',
  'organizationName',
  'appleId',
  'state',
  'expirationDateTime',
  'lastSyncDateTime',
  'lastSyncStatus',
  'vppTokenAccountType',
  'countryOrRegion',
  'automaticallyUpdateApps',
  'locationName',
  'dataSharingConsentGranted',
  'roleScopeTagIds',
  'lastModifiedDateTime',
  'appleDeviceAppDeliveryProtocolType',
];

/** What the list asks Graph for: only what that version of Graph declares, or Graph refuses the read. */
export function listSelect(version: GraphVersion): string {
  return listProperties.filter((property) => declaredIn(version, property)).join(',');
}

/**
 * The token secret never enters the cache, so no screen, export or devtools view can show it.
 * Graph returns it on GET; we drop it on arrival.
 */
export function withoutSecret(token: VppToken): VppToken {
  if (!('token' in token)) return token;
  const { token: _secret, ...rest } = token;
  return rest;
}

/**
 * Tokens per list request. Graph's default is 25, which makes 3,000 tokens 120 requests one after
 * another; 250 makes them 12 while the first page still arrives quickly enough to show rows early.
 */
export const listPageSize = 250;

export async function fetchTokenList(
  graph: GraphClient,
  { signal, onProgress }: { signal?: AbortSignal; onProgress?: (soFar: VppToken[]) => void },
): Promise<VppToken[]> {
  const all = await graph.getAllPages<VppToken>(`${tokensPath}?$top=${listPageSize}&$select=${listSelect(graph.version)}`, {
    signal,
    onPage: (_page, soFar) => onProgress?.(soFar.map(withoutSecret)),
  });
  return all.map(withoutSecret);
}

export async function fetchToken(graph: GraphClient, id: string, signal?: AbortSignal): Promise<VppToken> {
  const { body } = await graph.request<VppToken>(`${tokensPath}/${encodeURIComponent(id)}`, { signal });
  if (!body) throw new Error('Graph answered without the token.');
  return withoutSecret(body);
}

export const tokenQueries = {
  list: (graph: GraphClient) =>
    queryOptions({
      queryKey: tokenKeys.list(),
      queryFn: async ({ signal, client, queryKey }): Promise<TokenList> => {
        // Only a first load shows rows as pages arrive; a refresh keeps the full old list until the new one is whole.
        const streamPages = !client.getQueryData<TokenList>(queryKey)?.complete;
        const tokens = await fetchTokenList(graph, {
          signal,
          onProgress: streamPages ? (soFar) => client.setQueryData<TokenList>(queryKey, { tokens: soFar, complete: false }) : undefined,
        });
        return { tokens, complete: true };
      },
    }),
  detail: (graph: GraphClient, id: string) =>
    queryOptions({
      queryKey: tokenKeys.detail(id),
      queryFn: ({ signal }) => fetchToken(graph, id, signal),
    }),
};

export function useTokenList() {
  return useQuery(tokenQueries.list(useGraphClient()));
}

export function useToken(id: string) {
  const graph = useGraphClient();
  const queryClient = useQueryClient();
  return useQuery({
    ...tokenQueries.detail(graph, id),
    // The list already holds most of the token: show it at once while the full entity loads.
    placeholderData: () => queryClient.getQueryData<TokenList>(tokenKeys.list())?.tokens.find((t) => t.id === id),
  });
}
