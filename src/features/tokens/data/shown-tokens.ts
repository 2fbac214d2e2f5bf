import type { VppToken } from '@microsoft/microsoft-graph-types-beta';
import { useMemo } from 'react';
import { applyPendingPatches, applyPendingToList } from '../model/pending';
import { usePendingDeletes } from './delete-token';
import { useToken, useTokenList } from './token-queries';
import { usePendingPatchesById, usePendingSaves, type PendingSave } from './update-token';

/** A token as the admin should see it: Graph's value with the saves still on their way laid on top, in order. */
export function shownToken(server: VppToken, pending: readonly PendingSave[]): VppToken {
  return applyPendingPatches(server, pending.map((save) => save.patch));
}

/** One token as the admin should see it (see shownToken), with the query behind it and the saves on their way. */
export function useShownToken(id: string) {
  const query = useToken(id);
  const pending = usePendingSaves(id);
  const shown = useMemo(() => query.data && shownToken(query.data, pending), [query.data, pending]);
  return {
    query,
    /** Graph's own value, once the whole entity has loaded (not the list's partial copy). */
    server: query.isPlaceholderData ? undefined : query.data,
    shown,
    pending,
  };
}

/**
 * The token list as the admin should see it: pending saves included, and tokens being deleted left
 * out. A delete that fails stops being pending, so its row simply comes back.
 */
export function useShownTokenList() {
  const query = useTokenList();
  const pendingById = usePendingPatchesById();
  const deleting = usePendingDeletes();
  const tokens = useMemo(() => {
    if (!query.data) return undefined;
    const shown = applyPendingToList(query.data.tokens, pendingById);
    return deleting.size === 0 ? shown : shown.filter((token) => !deleting.has(token.id ?? ''));
  }, [query.data, pendingById, deleting]);
  return { query, tokens, complete: query.data?.complete ?? false };
}
