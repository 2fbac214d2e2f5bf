import { useMemo } from 'react';
import { applyPendingPatches, applyPendingToList } from '../model/pending';
import { useToken, useTokenList } from './token-queries';
import { usePendingPatchesById, usePendingSaves } from './update-token';

/** One token as the admin should see it: Graph's value with the saves still on their way laid on top. */
export function useShownToken(id: string) {
  const query = useToken(id);
  const pending = usePendingSaves(id);
  const patches = useMemo(() => pending.map((p) => p.patch), [pending]);
  const shown = useMemo(() => query.data && applyPendingPatches(query.data, patches), [query.data, patches]);
  return {
    query,
    /** Graph's own value, once the whole entity has loaded (not the list's partial copy). */
    server: query.isPlaceholderData ? undefined : query.data,
    shown,
    pending,
  };
}

/** The token list as the admin should see it, pending saves included. */
export function useShownTokenList() {
  const query = useTokenList();
  const pendingById = usePendingPatchesById();
  const tokens = useMemo(() => query.data && applyPendingToList(query.data.tokens, pendingById), [query.data, pendingById]);
  return { query, tokens, complete: query.data?.complete ?? false };
}
