import { useMutation, useMutationState, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { GraphClient } from '../../../graph/graph-client';
import { useGraphClient } from '../../../graph/graph-context';
import { cancelReadsOf, forgetToken, writeConfirmedToken } from './token-cache';
import { deleteTokenKeys } from './token-keys';
import { tokensPath } from './token-queries';
import { afterFailedWrite, deletePolicy, goneCountsAsDone } from './write-policy';

/** Deletes a token, and with it, in Intune, its apps and their assignments. */
export async function deleteToken(graph: GraphClient, id: string): Promise<void> {
  await graph.request(`${tokensPath}/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

export function deleteTokenOptions(graph: GraphClient, queryClient: QueryClient, id: string) {
  return {
    mutationKey: deleteTokenKeys.token(id),
    // Already deleted elsewhere: what the admin asked for is done.
    mutationFn: () => goneCountsAsDone(deletePolicy, () => deleteToken(graph, id)),
    // A read already on its way may still hold the token; its answer must not bring the row back.
    onMutate: () => cancelReadsOf(queryClient, id),
    // Runs while the delete still counts as pending, so the row never flickers back in between.
    onSuccess: () => writeConfirmedToken(queryClient, id, () => forgetToken(queryClient, id)),
    // No answer is no refusal: Graph may have deleted it all the same, so the list is read again to show which.
    onError: (error: unknown) => afterFailedWrite(queryClient, id, error, deletePolicy),
  };
}

/**
 * The caller's callbacks run after the cache work, also when the screen that asked has gone (the
 * detail page leaves as soon as the admin confirms), so a failure can still be reported.
 */
export function useDeleteToken(id: string, { onSuccess, onError }: { onSuccess?: () => void; onError?: (error: unknown) => void } = {}) {
  const graph = useGraphClient();
  const queryClient = useQueryClient();
  const options = deleteTokenOptions(graph, queryClient, id);
  return useMutation({
    ...options,
    onSuccess: async () => {
      await options.onSuccess();
      onSuccess?.();
    },
    onError: (error) => {
      options.onError(error);
      onError?.(error);
    },
  });
}

/** Ids of tokens whose delete is on its way: the screen hides them until Graph says yes or no. */
export function usePendingDeletes(): ReadonlySet<string> {
  const ids = useMutationState({
    filters: { mutationKey: deleteTokenKeys.all, status: 'pending' },
    select: (mutation) => String(mutation.options.mutationKey?.[2]),
  });
  const signature = ids.join('\n');
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the signature captures the ids
  return useMemo(() => new Set(ids), [signature]);
}
