import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import type { AuditEvent } from '@microsoft/microsoft-graph-types-beta';
import type { GraphClient } from '../../../graph/graph-client';
import { useGraphClient } from '../../../graph/graph-context';
import { GraphError } from '../../../graph/graph-error';
import { historyDay, historyWindowDays, olderWindowStart, tokenHistory, windowFilter, withinWindow, type HistoryEntry } from '../model/token-history';
import { historyKeys } from './history-keys';

export const auditEventsPath = '/deviceManagement/auditEvents';

/** Events per request; a busy tenant logs thousands a week across everything Intune manages. */
const auditPageSize = 999;

/**
 * Every event of the tenant's log in [from, to), whatever it is about: the log is read by time and
 * the token's events are picked out here, because the strings Intune files VPP token changes under
 * are not documented. Newest first is asked for, and the entries are sorted anyway.
 */
export async function fetchAuditWindow(graph: GraphClient, from: number, to: number | undefined, signal?: AbortSignal): Promise<AuditEvent[]> {
  const query = `$filter=${encodeURIComponent(windowFilter(from, to))}&$orderby=${encodeURIComponent('activityDateTime desc')}&$top=${auditPageSize}`;
  const read = (path: string) => graph.getAllPages<AuditEvent>(path, { signal, what: 'audit events' });
  try {
    return withinWindow(await read(`${auditEventsPath}?${query}`), from, to);
  } catch (error) {
    if (!refusesQuery(error)) throw error;
    // The whole log, once per window: slow in a busy tenant, but nothing is missed.
    return withinWindow(await read(`${auditEventsPath}?$top=${auditPageSize}`), from, to);
  }
}

/** A 400 about the window's filter or order: Graph's support for them on auditEvents is only seen in published tools. */
function refusesQuery(error: unknown): boolean {
  return error instanceof GraphError && error.status === 400 && /\$?filter|\$?orderby|activityDateTime/i.test(error.message);
}

/** One "page" of a token's history: the entries of one or more windows, and where they reach back to. */
export type HistoryPage = { entries: HistoryEntry[]; from: number; hasOlder: boolean };

// A quiet token would otherwise take a click per empty week: a page reads back until it finds
// something, a month at most.
const windowsPerPage = 4;

/** The token's history from `to` (null: now) back a week, or further while the weeks are empty. */
export async function fetchTokenHistoryPage(graph: GraphClient, tokenId: string, to: number | null, signal?: AbortSignal): Promise<HistoryPage> {
  const now = Date.now();
  let end = to ?? undefined;
  let from: number | undefined = end === undefined ? now - historyWindowDays * historyDay : olderWindowStart(end, now);
  const entries: HistoryEntry[] = [];
  let reached = end ?? now;
  for (let windows = 0; from !== undefined && windows < windowsPerPage; windows++) {
    entries.push(...tokenHistory(await fetchAuditWindow(graph, from, end, signal), tokenId));
    reached = from;
    if (entries.length > 0) break;
    end = from;
    from = olderWindowStart(from, now);
  }
  return { entries, from: reached, hasOlder: olderWindowStart(reached, now) !== undefined };
}

export const tokenHistoryQueries = {
  token: (graph: GraphClient, tokenId: string, revision: string) =>
    infiniteQueryOptions({
      queryKey: historyKeys.token(tokenId, revision),
      queryFn: ({ pageParam, signal }) => fetchTokenHistoryPage(graph, tokenId, pageParam, signal),
      initialPageParam: null as number | null,
      getNextPageParam: (last: HistoryPage) => (last.hasOlder ? last.from : undefined),
      // The log lags anyway; reading it again on every focus would only cost the tenant's quota.
      refetchOnWindowFocus: false,
    }),
};

/**
 * A token's history, newest first, read again whenever `revision` (the token's last change, as the
 * page knows it) moves; the entries read so far stay on screen meanwhile.
 */
export function useTokenHistory(tokenId: string, revision: string) {
  const query = useInfiniteQuery({
    ...tokenHistoryQueries.token(useGraphClient(), tokenId, revision),
    // The same token's entries stay while its history is read again; another token's never show here.
    placeholderData: (previous, previousQuery) => (previousQuery?.queryKey[2] === tokenId ? keepPreviousData(previous) : undefined),
  });
  const { data, fetchNextPage, refetch } = query;
  const entries = useMemo(() => data?.pages.flatMap((page) => page.entries) ?? [], [data]);
  const reachedBack = data?.pages.at(-1)?.from;
  const loadOlder = useCallback(() => void fetchNextPage(), [fetchNextPage]);
  const refresh = useCallback(() => void refetch(), [refetch]);
  return {
    entries,
    reachedBack,
    hasOlder: query.hasNextPage,
    loadingOlder: query.isFetchingNextPage,
    refreshing: query.isFetching && !query.isFetchingNextPage && !query.isPending,
    isPending: query.isPending,
    error: query.error,
    olderError: query.isFetchNextPageError ? query.error : null,
    loadOlder,
    refresh,
  };
}
