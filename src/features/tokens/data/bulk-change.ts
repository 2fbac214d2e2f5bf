import { MutationObserver, useMutationState, useQueryClient, type Mutation, type QueryClient } from '@tanstack/react-query';
import type { VppToken } from '@microsoft/microsoft-graph-types-beta';
import { useCallback, useMemo } from 'react';
import { batchingClientFor } from '../../../graph/graph-batch';
import type { GraphClient } from '../../../graph/graph-client';
import { useGraphClient } from '../../../graph/graph-context';
import { bulkPatch, describeBulkEdit, type BulkEdit } from '../model/bulk-patch';
import { summarizeBulkRun, type BulkStep } from '../model/bulk-progress';
import { tokenName } from '../model/token-name';
import { deleteTokenOptions } from './delete-token';
import { syncLicensesOptions } from './sync-token';
import { updateTokenOptions } from './update-token';

export type BulkAction = { kind: 'edit'; edit: BulkEdit } | { kind: 'sync' } | { kind: 'delete' };

export type BulkRun = { id: string; action: BulkAction };

type BulkMeta = { bulkRun: string; tokenId: string; tokenName: string };

export function describeBulkAction(action: BulkAction): string {
  if (action.kind === 'sync') return 'Sync licenses';
  if (action.kind === 'delete') return 'Delete tokens';
  return describeBulkEdit(action.edit);
}

/**
 * A bulk change is one ordinary save, sync or delete per token, sent through $batch: each token's
 * change is optimistic, queues behind that token's other saves, and fails, retries after
 * Retry-After and rolls back on its own, exactly as a single edit does.
 */
export function startBulkRun(queryClient: QueryClient, graph: GraphClient, run: BulkRun, tokens: readonly VppToken[]): number {
  const batching = batchingClientFor(graph);
  let started = 0;
  for (const token of tokens) {
    const id = token.id;
    if (!id) continue;
    const meta: BulkMeta = { bulkRun: run.id, tokenId: id, tokenName: tokenName(token) };
    const { action } = run;
    if (action.kind === 'edit') {
      const patch = bulkPatch(action.edit, token);
      if (Object.keys(patch).length === 0) continue;
      void new MutationObserver(queryClient, { ...updateTokenOptions(batching, queryClient, id), meta }).mutate(patch).catch(ignore);
    } else if (action.kind === 'sync') {
      void new MutationObserver(queryClient, { ...syncLicensesOptions(batching, queryClient, id), meta }).mutate().catch(ignore);
    } else {
      void new MutationObserver(queryClient, { ...deleteTokenOptions(batching, queryClient, id), meta }).mutate().catch(ignore);
    }
    started++;
  }
  return started;
}

// Each token's failure is read from the mutation cache by the progress panel.
const ignore = () => undefined;

function bulkMeta(mutation: Pick<Mutation, 'options'>): BulkMeta | undefined {
  const meta = mutation.options.meta as Partial<BulkMeta> | undefined;
  return meta?.bulkRun ? (meta as BulkMeta) : undefined;
}

/** How a run is going: done, failed (with each error), retrying, remaining. */
export function useBulkProgress(runId: string | undefined) {
  const steps = useMutationState({
    filters: { predicate: (mutation) => runId !== undefined && bulkMeta(mutation)?.bulkRun === runId },
    select: (mutation): BulkStep => {
      const meta = bulkMeta(mutation)!;
      return {
        tokenId: meta.tokenId,
        tokenName: meta.tokenName,
        status: mutation.state.status,
        failureCount: mutation.state.failureCount,
        error: mutation.state.error,
      };
    },
  });
  return useMemo(() => summarizeBulkRun(steps), [steps]);
}

export function useStartBulkRun() {
  const queryClient = useQueryClient();
  const graph = useGraphClient();
  return useCallback((run: BulkRun, tokens: readonly VppToken[]) => startBulkRun(queryClient, graph, run, tokens), [queryClient, graph]);
}
