import { useMutation, useMutationState, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { VppToken } from '@microsoft/microsoft-graph-types-beta';
import { useMemo } from 'react';
import type { GraphClient } from '../../../graph/graph-client';
import { useGraphClient } from '../../../graph/graph-context';
import { applyPendingPatches } from '../model/pending';
import type { TokenPatch } from '../model/token-fields';
import { fetchToken, tokenKeys, tokensPath, withoutSecret, writeConfirmed, type TokenList } from './token-queries';

export const updateTokenKeys = {
  all: ['tokens', 'update'] as const,
  token: (id: string) => ['tokens', 'update', id] as const,
};

/** Saves to one token go to Graph one after another, in the order the admin made them. */
export const tokenSaveScope = (id: string) => ({ id: `token:${id}` });

/** PATCH with only the changed properties. Graph documents 200 with the entity; Intune often answers 204. */
export async function updateToken(graph: GraphClient, id: string, patch: TokenPatch): Promise<VppToken | undefined> {
  const { body } = await graph.request<VppToken>(`${tokensPath}/${encodeURIComponent(id)}`, { method: 'PATCH', body: patch });
  return body ? withoutSecret(body) : undefined;
}

/** Writes a token Graph confirmed into the detail and list caches. */
export function storeServerToken(queryClient: QueryClient, saved: VppToken) {
  const id = saved.id!;
  queryClient.setQueryData<VppToken>(tokenKeys.detail(id), saved);
  queryClient.setQueryData<TokenList>(tokenKeys.list(), (list) =>
    list && { ...list, tokens: list.tokens.map((t) => (t.id === id ? { ...t, ...saved } : t)) },
  );
}

export function updateTokenOptions(graph: GraphClient, queryClient: QueryClient, id: string) {
  return {
    mutationKey: updateTokenKeys.token(id),
    scope: tokenSaveScope(id),
    mutationFn: async (patch: TokenPatch): Promise<VppToken> => {
      const answered = await updateToken(graph, id, patch);
      if (answered) return answered;
      // 204: Graph stored it but sent nothing back; read the token so the screen shows what is stored.
      try {
        return await fetchToken(graph, id);
      } catch {
        const base = queryClient.getQueryData<VppToken>(tokenKeys.detail(id));
        return applyPendingPatches({ ...base, id }, [patch]);
      }
    },
    onMutate: async () => {
      // A read already on its way may have left Graph before this save; its answer must not land after ours.
      await queryClient.cancelQueries({ queryKey: tokenKeys.detail(id) });
      if (queryClient.getQueryData<TokenList>(tokenKeys.list())?.complete) {
        await queryClient.cancelQueries({ queryKey: tokenKeys.list(), exact: true });
      }
    },
    // Runs while the save still counts as pending, so the screen goes from the optimistic value
    // straight to the confirmed one with no flicker in between.
    onSuccess: (saved: VppToken) => writeConfirmed(queryClient, id, () => storeServerToken(queryClient, saved)),
    onSettled: () => {
      // Refetching while a later save to the same token is still on its way would show a value from
      // between the two; the last save to settle refreshes. Not awaited: the answer is already on
      // screen, and the admin should not wait a second round trip to hear the save is done.
      if (queryClient.isMutating({ mutationKey: updateTokenKeys.token(id) }) === 1) {
        void queryClient.invalidateQueries({ queryKey: tokenKeys.detail(id) });
      }
    },
  };
}

export function useUpdateToken(id: string) {
  const graph = useGraphClient();
  const queryClient = useQueryClient();
  return useMutation(updateTokenOptions(graph, queryClient, id));
}

export type PendingSave = { tokenId: string; patch: TokenPatch; failureCount: number; failureReason: unknown; submittedAt: number };

/** Every save still on its way, oldest first: what the screen lays over the server's values. */
export function usePendingSaves(tokenId?: string): PendingSave[] {
  return useMutationState({
    filters: { mutationKey: tokenId ? updateTokenKeys.token(tokenId) : updateTokenKeys.all, status: 'pending' },
    select: (mutation) => ({
      tokenId: String(mutation.options.mutationKey?.[2]),
      patch: withoutTokenFile(mutation.state.variables as TokenPatch),
      failureCount: mutation.state.failureCount,
      failureReason: mutation.state.failureReason,
      submittedAt: mutation.state.submittedAt,
    }),
  });
}

/** A renewal's token file is a secret and shows nowhere, so it is not handed on to what lays saves over the screen. */
function withoutTokenFile(patch: TokenPatch): TokenPatch {
  if (!('token' in patch)) return patch;
  const { token: _secret, ...rest } = patch;
  return rest;
}

/** Pending patches by token id, for laying over the list. */
export function usePendingPatchesById(): Map<string, TokenPatch[]> {
  const pending = usePendingSaves();
  const signature = JSON.stringify(pending.map((p) => [p.tokenId, p.patch]));
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the signature captures every input that matters
  return useMemo(() => groupByToken(pending), [signature]);
}

function groupByToken(pending: PendingSave[]): Map<string, TokenPatch[]> {
  const byId = new Map<string, TokenPatch[]>();
  for (const { tokenId, patch } of pending) byId.set(tokenId, [...(byId.get(tokenId) ?? []), patch]);
  return byId;
}
