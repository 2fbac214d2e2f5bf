import { useMutation, useMutationState, useQueryClient, type Mutation, type QueryClient } from '@tanstack/react-query';
import type { VppToken } from '@microsoft/microsoft-graph-types-beta';
import { useMemo } from 'react';
import type { GraphClient } from '../../../graph/graph-client';
import { useGraphClient } from '../../../graph/graph-context';
import { applyPendingPatches } from '../model/pending';
import type { TokenPatch } from '../model/token-fields';
import { cancelReadsOf, readTokenAgain, storeConfirmedToken, writeConfirmedToken } from './token-cache';
import { tokenKeys, updateTokenKeys } from './token-keys';
import { fetchToken, tokensPath, withoutSecret } from './token-queries';
import { afterFailedWrite, savePolicy } from './write-policy';

/** Saves to one token go to Graph one after another, in the order the admin made them. */
export const tokenSaveScope = (id: string) => ({ id: `token:${id}` });

/** PATCH with only the changed properties. Graph documents 200 with the entity; Intune often answers 204. */
export async function updateToken(graph: GraphClient, id: string, patch: TokenPatch): Promise<VppToken | undefined> {
  const { body } = await graph.request<VppToken>(`${tokensPath}/${encodeURIComponent(id)}`, { method: 'PATCH', body: patch });
  return body ? withoutSecret(body) : undefined;
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
    onMutate: () => cancelReadsOf(queryClient, id),
    // Runs while the save still counts as pending, so the screen goes from the optimistic value
    // straight to the confirmed one with no flicker in between.
    onSuccess: (saved: VppToken) => writeConfirmedToken(queryClient, id, () => storeConfirmedToken(queryClient, saved)),
    onError: (error: unknown) => afterFailedWrite(queryClient, id, error, savePolicy),
    onSettled: () => {
      // Refetching while a later save to the same token is still on its way would show a value from
      // between the two; the last save to settle refreshes, whether it was stored, refused or
      // unanswered (then this read tells whether it happened). Not awaited: the answer is already on
      // screen, and the admin should not wait a second round trip to hear the save is done.
      readTokenAgain(queryClient, id, { savesSettling: 1 });
    },
  };
}

export function useUpdateToken(id: string) {
  const graph = useGraphClient();
  const queryClient = useQueryClient();
  return useMutation(updateTokenOptions(graph, queryClient, id));
}

export type PendingSave = { tokenId: string; patch: TokenPatch; failureCount: number; failureReason: unknown; submittedAt: number };

/** The saves still on their way (of one token, or of all), for useMutationState or the mutation cache. */
export const pendingSaveFilters = (tokenId?: string) =>
  ({ mutationKey: tokenId ? updateTokenKeys.token(tokenId) : updateTokenKeys.all, status: 'pending' }) as const;

export function pendingSave(mutation: Mutation): PendingSave {
  return {
    tokenId: String(mutation.options.mutationKey?.[2]),
    patch: withoutTokenFile(mutation.state.variables as TokenPatch),
    failureCount: mutation.state.failureCount,
    failureReason: mutation.state.failureReason,
    submittedAt: mutation.state.submittedAt,
  };
}

/** Every save still on its way, oldest first: what the screen lays over the server's values. */
export function usePendingSaves(tokenId?: string): PendingSave[] {
  return useMutationState({ filters: pendingSaveFilters(tokenId), select: pendingSave });
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
