import type { VppToken } from '@microsoft/microsoft-graph-types-beta';
import { useMutation, useMutationState, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { GraphClient } from '../../../graph/graph-client';
import { useGraphClient } from '../../../graph/graph-context';
import { syncPolling } from '../../../graph/poll-schedule';
import { pollToken } from './poll-token';
import { storeConfirmedToken } from './token-cache';
import { syncTokenKeys } from './token-keys';
import { tokensPath, withoutSecret } from './token-queries';
import { afterFailedWrite, syncPolicy } from './write-policy';

/** How a sync ended, as far as the admin waited: Apple answered, or it was still going at the time limit. */
export type SyncOutcome = { result: 'completed' | 'failed' | 'stillSyncing'; token: VppToken | undefined };

/** Asks Intune to fetch the token's apps and licenses from Apple; Graph answers with the token, its sync under way. */
export async function syncLicenses(graph: GraphClient, id: string): Promise<VppToken | undefined> {
  const { body } = await graph.request<VppToken>(`${tokensPath}/${encodeURIComponent(id)}/syncLicenses`, { method: 'POST' });
  return body ? withoutSecret(body) : undefined;
}

/**
 * One sync from start to finish: the action, then the token read back until its sync leaves
 * inProgress. The whole wait is one mutation, so every screen showing the token (its row, its page)
 * sees the same sync, and it carries on when the admin moves to another page.
 */
export function syncLicensesOptions(graph: GraphClient, queryClient: QueryClient, id: string) {
  return {
    mutationKey: syncTokenKeys.token(id),
    mutationFn: async (): Promise<SyncOutcome> => {
      const started = await syncLicenses(graph, id);
      if (started) storeConfirmedToken(queryClient, started);
      const { done, token } = await pollToken(queryClient, graph, id, {
        until: (t) => t.lastSyncStatus !== 'inProgress',
        schedule: syncPolling,
      });
      if (!done) return { result: 'stillSyncing', token };
      return { result: token?.lastSyncStatus === 'failed' ? 'failed' : 'completed', token };
    },
    // Deleted elsewhere: the list no longer offers it; the page on it says so. No answer is no
    // refusal: the sync may have started, so the token is read again to show whether it did.
    onError: (error: unknown) => afterFailedWrite(queryClient, id, error, syncPolicy),
  };
}

export function useSyncLicenses(id: string) {
  const graph = useGraphClient();
  const queryClient = useQueryClient();
  return useMutation(syncLicensesOptions(graph, queryClient, id));
}

export type SyncState =
  | { status: 'idle' }
  | { status: 'pending' }
  | { status: 'success'; outcome: SyncOutcome }
  | { status: 'error'; error: unknown };

/** The latest sync of a token, whichever screen started it. */
export function useLatestSync(id: string): SyncState {
  const syncs = useMutationState({
    filters: { mutationKey: syncTokenKeys.token(id) },
    select: (mutation): SyncState => {
      const { status, data, error } = mutation.state;
      if (status === 'success') return { status, outcome: data as SyncOutcome };
      if (status === 'error') return { status, error };
      return { status: status === 'pending' ? 'pending' : 'idle' };
    },
  });
  return syncs.at(-1) ?? { status: 'idle' };
}

/**
 * The tokens with a sync running, whichever screen started it: one subscription for a screen with
 * many tokens (the list), where one per row would be set up again for each row a search brings.
 */
export function useSyncingTokenIds(): ReadonlySet<string> {
  const ids = useMutationState({
    filters: { mutationKey: syncTokenKeys.all, status: 'pending' },
    select: (mutation) => String(mutation.options.mutationKey?.[2]),
  });
  // useMutationState keeps the array while its ids stay the same, so the rows that read the set
  // draw again only when a sync starts or ends.
  return useMemo(() => new Set(ids), [ids]);
}
