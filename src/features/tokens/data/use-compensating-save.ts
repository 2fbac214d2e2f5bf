import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useGraphClient } from '../../../graph/graph-context';
import type { RecordedChange } from '../model/compensating-change';
import type { TokenEdits, TokenPatch } from '../model/token-fields';

// The code behind these loads on first use (see compensating-save.ts): no page needs it before its
// data shows. Imported by the token page alone, so it does not reshape the chunks other routes share.
const load = () => import('./compensating-save');

/** Undo for a save just made: resolves to the notice that says what went back. */
export function useUndoSave(id: string) {
  const graph = useGraphClient();
  const queryClient = useQueryClient();
  return useCallback(
    async (before: TokenEdits, patch: TokenPatch) => (await load()).undoSave(graph, queryClient, id, before, patch),
    [graph, queryClient, id],
  );
}

/** Revert of a change from the history: resolves to what went back and what was left alone; throws as a failed save does. */
export function useCompensatingSave(id: string) {
  const graph = useGraphClient();
  const queryClient = useQueryClient();
  return useCallback(
    async (change: RecordedChange) => (await load()).sendCompensatingSave(graph, queryClient, id, change),
    [graph, queryClient, id],
  );
}
