import { MutationObserver, type QueryClient } from '@tanstack/react-query';
import type { VppToken } from '@microsoft/microsoft-graph-types-beta';
import { batchingClientFor } from '../../../graph/graph-batch';
import type { GraphClient } from '../../../graph/graph-client';
import { compensatingChange, describeCompensation } from '../model/compensating-change';
import { applyPendingPatches } from '../model/pending';
import { changedInRun, describeBulkAction, ignore, type BulkAction, type BulkRun, type NotUndone } from './bulk-change';
import type { TokenList } from './token-queries';
import { tokenKeys } from './token-keys';
import { pendingSave, pendingSaveFilters, updateTokenOptions } from './update-token';

/**
 * Undo of a bulk edit: for each token the edit changed, the compensating save (see
 * compensating-change.ts) against the token as this browser last heard from Graph, with its saves on
 * their way laid on top (reading 3,000 tokens again one by one would cost more than the edit did),
 * sent as an ordinary save through $batch under the write pacer, exactly as the edit went. Loaded
 * when first used.
 */
export function startBulkUndo(queryClient: QueryClient, graph: GraphClient, run: BulkRun, undoRunId: string): Extract<BulkAction, { kind: 'undo' }> {
  const batching = batchingClientFor(graph);
  const listed = new Map((queryClient.getQueryData<TokenList>(tokenKeys.list())?.tokens ?? []).map((token) => [token.id, token]));
  const notUndone: NotUndone[] = [];
  for (const { tokenId, tokenName, change } of changedInRun(queryClient, run.id)) {
    const server = queryClient.getQueryData<VppToken>(tokenKeys.detail(tokenId)) ?? listed.get(tokenId);
    if (!server) {
      notUndone.push({ tokenName, reason: 'It is no longer in the list; it may have been deleted.' });
      continue;
    }
    const pending = queryClient.getMutationCache().findAll(pendingSaveFilters(tokenId));
    const compensation = compensatingChange(change, applyPendingPatches(server, pending.map((save) => pendingSave(save).patch)));
    if (!compensation.possible) {
      notUndone.push({ tokenName, reason: describeCompensation(compensation) });
      continue;
    }
    const meta = { bulkRun: undoRunId, tokenId, tokenName };
    void new MutationObserver(queryClient, { ...updateTokenOptions(batching, queryClient, tokenId), meta }).mutate(compensation.patch).catch(ignore);
  }
  return { kind: 'undo', of: describeBulkAction(run.action), notUndone };
}
