import type { VppToken } from '@microsoft/microsoft-graph-types-beta';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useGraphClient } from '../../../graph/graph-context';
import type { BulkRun } from './bulk-change';

/*
 * The list's way into bulk runs. The runs' code (bulk-change.ts with its $batch client, bulk-undo.ts)
 * loads on first use, so none of it joins the list's first download; the bulk bar and the progress
 * panel import it, and the list fetches those once it has loaded, so a run seldom waits for it.
 */

/** Starts a bulk run over `tokens`: one ordinary save, sync or delete each, sent in $batch requests. */
export function useStartBulkRun() {
  const queryClient = useQueryClient();
  const graph = useGraphClient();
  return useCallback(
    async (run: BulkRun, tokens: readonly VppToken[]) => (await import('./bulk-change')).startBulkRun(queryClient, graph, run, tokens),
    [queryClient, graph],
  );
}

/** Undo for a finished edit run: the compensating saves, through the same paced $batch path, under run `undoRunId`. */
export function useUndoBulkRun() {
  const queryClient = useQueryClient();
  const graph = useGraphClient();
  return useCallback(
    async (run: BulkRun, undoRunId: string) => (await import('./bulk-undo')).startBulkUndo(queryClient, graph, run, undoRunId),
    [queryClient, graph],
  );
}
