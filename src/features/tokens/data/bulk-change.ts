import { MutationObserver, useMutationState, type Mutation, type QueryClient } from '@tanstack/react-query';
import type { VppToken } from '@microsoft/microsoft-graph-types-beta';
import { useMemo } from 'react';
import { batchingClientFor } from '../../../graph/graph-batch';
import type { GraphClient } from '../../../graph/graph-client';
import { bulkPatch, describeBulkEdit, type BulkEdit } from '../model/bulk-patch';
import type { RecordedChange } from '../model/compensating-change';
import type { TokenPatch } from '../model/token-fields';
import { summarizeBulkRun, type BulkStep } from '../model/bulk-progress';
import { tokenName } from '../model/token-name';
import { deleteTokenOptions } from './delete-token';
import { syncLicensesOptions } from './sync-token';
import { updateTokenOptions } from './update-token';

/** What a bulk Undo could not put back on one token, and why. */
export type NotUndone = { tokenName: string; reason: string };

export type BulkAction =
  | { kind: 'edit'; edit: BulkEdit }
  | { kind: 'sync' }
  | { kind: 'delete' }
  /** The compensating saves of an earlier edit, already sent when the run starts (see bulk-undo.ts). */
  | { kind: 'undo'; of: string; notUndone: NotUndone[] };

export type BulkRun = { id: string; action: BulkAction };

/** `change`: what an edit changed on the token, so an Undo can put it back. */
type BulkMeta = { bulkRun: string; tokenId: string; tokenName: string; change?: RecordedChange };

export function describeBulkAction(action: BulkAction): string {
  if (action.kind === 'sync') return 'Sync licenses';
  if (action.kind === 'delete') return 'Delete tokens';
  if (action.kind === 'undo') return `Undo: ${action.of}`;
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
    if (action.kind === 'undo') continue;
    if (action.kind === 'edit') {
      const patch = bulkPatch(action.edit, token);
      if (Object.keys(patch).length === 0) continue;
      const change: RecordedChange = { kind: 'settings', typed: true, properties: changedProperties(token, patch) };
      void new MutationObserver(queryClient, { ...updateTokenOptions(batching, queryClient, id), meta: { ...meta, change } }).mutate(patch).catch(ignore);
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
export const ignore = () => undefined;

function changedProperties(token: VppToken, patch: TokenPatch): RecordedChange['properties'] {
  const before = token as Record<string, unknown>;
  return Object.entries(patch).map(([property, value]) => ({ property, old: before[property] ?? null, new: value }));
}

/** Each token an edit run changed (Graph took it), with what it changed: what a bulk Undo puts back. */
export function changedInRun(queryClient: QueryClient, runId: string): (BulkMeta & { change: RecordedChange })[] {
  return queryClient
    .getMutationCache()
    .findAll({ predicate: (mutation) => bulkMeta(mutation)?.bulkRun === runId && mutation.state.status === 'success' })
    .map((mutation) => bulkMeta(mutation)!)
    .filter((meta): meta is BulkMeta & { change: RecordedChange } => meta.change !== undefined);
}

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
