import type { QueryClient } from '@tanstack/react-query';
import type { VppToken } from '@microsoft/microsoft-graph-types-beta';
import { tokenKeys, updateTokenKeys } from './token-keys';
import type { TokenList } from './token-queries';

// Every write a token mutation makes to the query cache, in one place: what Graph confirmed, a token
// Graph no longer holds, the reads a write cancels, and the reads that follow it.

const listKey = { queryKey: tokenKeys.list(), exact: true };

/** Writes a token Graph confirmed into the detail and list caches. */
export function storeConfirmedToken(queryClient: QueryClient, token: VppToken) {
  const id = token.id!;
  queryClient.setQueryData<VppToken>(tokenKeys.detail(id), token);
  queryClient.setQueryData<TokenList>(tokenKeys.list(), (list) =>
    list && { ...list, tokens: list.tokens.map((t) => (t.id === id ? { ...t, ...token } : t)) },
  );
}

/** Drops a token Graph no longer holds from the list, leaving an open page on it to say so. */
export function dropFromList(queryClient: QueryClient, id: string) {
  queryClient.setQueryData<TokenList>(tokenKeys.list(), (list) => list && { ...list, tokens: list.tokens.filter((t) => t.id !== id) });
}

/** Drops a token Graph no longer holds from the list and detail caches. */
export function forgetToken(queryClient: QueryClient, id: string) {
  dropFromList(queryClient, id);
  queryClient.removeQueries({ queryKey: tokenKeys.detail(id), exact: true });
}

/** Adds a token Graph just created to the caches. */
export function storeNewToken(queryClient: QueryClient, created: VppToken) {
  queryClient.setQueryData(tokenKeys.detail(created.id!), created);
  queryClient.setQueryData<TokenList>(tokenKeys.list(), (list) => list && { ...list, tokens: [...list.tokens, created] });
}

/**
 * Before a write to a token: a read already on its way may have left Graph before the write, and its
 * answer must not land after the write's. A first load of the list is left to finish: cancelling it
 * would blank the rows it has streamed so far.
 */
export async function cancelReadsOf(queryClient: QueryClient, id: string) {
  await queryClient.cancelQueries({ queryKey: tokenKeys.detail(id) });
  if (queryClient.getQueryData<TokenList>(tokenKeys.list())?.complete) await queryClient.cancelQueries(listKey);
}

/**
 * Writes what Graph just confirmed about a token into the caches. A read of the token or of the list
 * that left before the change landed carries the old value and would arrive after this write, so it
 * is cancelled first; the list is then read again, now that Graph holds the change.
 */
export async function writeConfirmedToken(queryClient: QueryClient, id: string, write: () => void) {
  const listWasLoading = queryClient.isFetching(listKey) > 0;
  await Promise.all([queryClient.cancelQueries({ queryKey: tokenKeys.detail(id) }), listWasLoading && queryClient.cancelQueries(listKey)]);
  write();
  if (listWasLoading) void queryClient.invalidateQueries(listKey);
}

/**
 * Reads the token again, on the screens that show it, unless a save of it is still on its way: the
 * answer would show a value from between two saves, and the last save to settle reads it anyway.
 * `savesSettling`: how many of the pending saves are the caller itself, settling now.
 */
export function readTokenAgain(queryClient: QueryClient, id: string, { savesSettling = 0 } = {}) {
  if (queryClient.isMutating({ mutationKey: updateTokenKeys.token(id) }) > savesSettling) return;
  void queryClient.invalidateQueries({ queryKey: tokenKeys.detail(id) });
}

/** Reads the list again if a screen shows it; a read already on its way answers instead. */
export function readListAgain(queryClient: QueryClient) {
  void queryClient.invalidateQueries(listKey, { cancelRefetch: false });
}
