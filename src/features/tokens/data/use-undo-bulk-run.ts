import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useGraphClient } from '../../../graph/graph-context';
import type { BulkRun } from './bulk-change';

/**
 * Undo for a finished edit run: sends the compensating saves through the same paced $batch path,
 * under run `undoRunId`. Its own file, imported by the list alone, and the code it loads on first
 * use (bulk-undo.ts), so neither reshapes the chunks other routes share.
 */
export function useUndoBulkRun() {
  const queryClient = useQueryClient();
  const graph = useGraphClient();
  return useCallback(
    async (run: BulkRun, undoRunId: string) => (await import('./bulk-undo')).startBulkUndo(queryClient, graph, run, undoRunId),
    [queryClient, graph],
  );
}
