import { MutationObserver, type QueryClient } from '@tanstack/react-query';
import type { VppToken } from '@microsoft/microsoft-graph-types-beta';
import type { GraphClient } from '../../../graph/graph-client';
import type { Notice } from '../../../ui/notify';
import { changeFromSave, compensatingChange, type Compensation, type RecordedChange } from '../model/compensating-change';
import { compensationFailedNotice, compensationNotice } from '../model/compensation-notices';
import { applyPendingPatches } from '../model/pending';
import type { TokenEdits, TokenPatch } from '../model/token-fields';
import { tokenKeys } from './token-keys';
import { fetchToken } from './token-queries';
import { pendingSave, pendingSaveFilters, updateTokenOptions } from './update-token';

/**
 * Undo and Revert: the save that puts back what `change` did, decided against the token as Graph
 * holds it now (read again, since another admin may have changed it since the screen last heard)
 * with this browser's saves still on their way laid on top, then sent as an ordinary save: the same
 * mutation, queue, optimism and rollback as the edit form's. Loaded when first used.
 */
export async function sendCompensatingSave(graph: GraphClient, queryClient: QueryClient, id: string, change: RecordedChange): Promise<Compensation> {
  const compensation = compensatingChange(change, await currentToken(graph, queryClient, id));
  if (compensation.possible) await new MutationObserver(queryClient, updateTokenOptions(graph, queryClient, id)).mutate(compensation.patch);
  return compensation;
}

/** Undo on a save's notice: what went back and what did not, as the notice that says so. */
export async function undoSave(graph: GraphClient, queryClient: QueryClient, id: string, before: TokenEdits, patch: TokenPatch): Promise<Notice> {
  try {
    return compensationNotice('Undone', await sendCompensatingSave(graph, queryClient, id, changeFromSave(before, patch)));
  } catch (error) {
    return compensationFailedNotice('Undone', error);
  }
}

async function currentToken(graph: GraphClient, queryClient: QueryClient, id: string): Promise<VppToken> {
  let server: VppToken | undefined;
  try {
    server = await fetchToken(graph, id);
  } catch {
    // Graph's last confirmed value is the best this browser has; the save itself will say if Graph refuses.
    server = queryClient.getQueryData<VppToken>(tokenKeys.detail(id));
  }
  const pending = queryClient.getMutationCache().findAll(pendingSaveFilters(id));
  return applyPendingPatches(server ?? { id }, pending.map((save) => pendingSave(save).patch));
}
