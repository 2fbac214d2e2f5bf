import { queryOptions, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { AuditEvent } from '@microsoft/microsoft-graph-types-beta';
import type { GraphClient } from '../../../graph/graph-client';
import { useGraphClient } from '../../../graph/graph-context';
import { useShownTokenList } from '../../tokens/data/shown-tokens';
import type { RecentChangeDays } from '../model/change-kinds';
import { recentChanges, withoutSecretValues } from '../model/recent-changes';
import { historyDay } from '../model/token-history';
import { historyKeys } from './history-keys';
import { fetchAuditWindow } from './token-history';

/**
 * The tenant's whole log for the last `days` days, every page of it, newest first. Kept as events
 * (the token file's values taken out) because which of them are about tokens the list knows is
 * decided once the list is there.
 */
export async function fetchRecentEvents(graph: GraphClient, days: RecentChangeDays, signal?: AbortSignal): Promise<{ events: AuditEvent[]; from: number }> {
  const from = Date.now() - days * historyDay;
  return { events: withoutSecretValues(await fetchAuditWindow(graph, from, undefined, signal)), from };
}

export const recentChangesQueries = {
  recent: (graph: GraphClient, days: RecentChangeDays) =>
    queryOptions({
      queryKey: historyKeys.recent(days),
      queryFn: ({ signal }) => fetchRecentEvents(graph, days, signal),
      // The log lags anyway; reading a month of it again on every focus would only cost the tenant's quota.
      refetchOnWindowFocus: false,
    }),
};

/**
 * Every change to a VPP token in the last `days` days, newest first, and which tokens the list
 * knows (undefined until the whole list is there), to tell a deleted token from one to link to.
 */
export function useRecentChanges(days: RecentChangeDays) {
  const query = useQuery(recentChangesQueries.recent(useGraphClient(), days));
  // As the list shows them: a token being deleted is already gone.
  const { tokens, complete } = useShownTokenList();
  // Lower case: the audit log does not always spell an ID as Graph's token does.
  const knownIds = useMemo(() => new Set(tokens?.map((token) => (token.id ?? '').toLowerCase()) ?? []), [tokens]);
  const listed = complete && tokens ? knownIds : undefined;
  const entries = useMemo(() => (query.data ? recentChanges(query.data.events, knownIds) : undefined), [query.data, knownIds]);
  return { query, entries, from: query.data?.from, listed };
}
