import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { VppToken } from '@microsoft/microsoft-graph-types-beta';
import type { GraphClient } from '../../../graph/graph-client';
import { useGraphClient } from '../../../graph/graph-context';
import type { newTokenBody } from '../model/token-create-schema';
import { storeNewToken } from './token-cache';
import { createTokenKeys } from './token-keys';
import { tokensPath, withoutSecret } from './token-queries';
import { afterFailedWrite, createPolicy } from './write-policy';

/** The POST body: the admin's settings and the whole content of Apple's token file. */
export type CreateTokenBody = ReturnType<typeof newTokenBody>;

/** Adds a token; Graph answers 201 with it, Apple's organization and expiry read from the file. */
export async function createToken(graph: GraphClient, body: CreateTokenBody): Promise<VppToken> {
  const { body: created } = await graph.request<VppToken>(tokensPath, { method: 'POST', body });
  if (!created?.id) throw new Error('Graph added the token but did not answer with it; refresh the list to see it.');
  return withoutSecret(created);
}

export function createTokenOptions(graph: GraphClient, queryClient: QueryClient) {
  return {
    mutationKey: createTokenKeys.all,
    // No time in the cache once settled: the variables hold the token file's content.
    gcTime: 0,
    mutationFn: (body: CreateTokenBody) => createToken(graph, body),
    onSuccess: (created: VppToken) => storeNewToken(queryClient, created),
    // No answer is no refusal: Graph may have added it all the same, so the list is read again to show it.
    onError: (error: unknown) => afterFailedWrite(queryClient, undefined, error, createPolicy),
  };
}

export function useCreateToken() {
  const graph = useGraphClient();
  const queryClient = useQueryClient();
  return useMutation(createTokenOptions(graph, queryClient));
}
