import type { VppToken } from '@microsoft/microsoft-graph-types-beta';
import { useCallback, useMemo, useState } from 'react';
import { useStartBulkRun, type BulkAction, type BulkRun } from '../data/bulk-change';
import { useUndoBulkRun } from '../data/use-undo-bulk-run';
import { noSelection, shownSelection, toggleAllShown, toggleRow, withoutMissing, type Selection } from './selection';
import type { TokenRow } from './token-rows';

// The run being watched outlives the list screen: a run goes on while the admin opens a token, and
// its progress is there again on the way back.
let watchedRun: BulkRun | undefined;
let runCount = 0;

/** Ticked tokens, the bulk change under way, and what the list needs to offer both. */
export function useBulkChanges(rows: readonly TokenRow[] | undefined, shown: readonly TokenRow[]) {
  const [ticked, setSelection] = useState<Selection>(noSelection);
  const [run, setRun] = useState<BulkRun | undefined>(watchedRun);
  const startRun = useStartBulkRun();
  const undoBulk = useUndoBulkRun();

  const present = useMemo(() => new Set(rows?.map((row) => row.id)), [rows]);
  // Deleted tokens drop out of the selection as they leave the list.
  const selection = useMemo(() => withoutMissing(ticked, present), [ticked, present]);

  const shownIds = useMemo(() => shown.map((row) => row.id), [shown]);
  const selected = useMemo<VppToken[]>(() => (rows ?? []).filter((row) => selection.ids.has(row.id)).map((row) => row.token), [rows, selection]);

  const begin = useCallback(
    (action: BulkAction, tokens: readonly VppToken[]) => {
      const next = { id: `bulk-${++runCount}`, action };
      watchedRun = next;
      setRun(next);
      startRun(next, tokens);
    },
    [startRun],
  );

  return {
    selection: selection.ids,
    selected,
    headerSelection: shownSelection(selection, shownIds),
    toggleRow: useCallback((id: string, range: boolean) => setSelection((s) => toggleRow(s, id, shownIds, range)), [shownIds]),
    toggleAllShown: useCallback(() => setSelection((s) => toggleAllShown(s, shownIds)), [shownIds]),
    clearSelection: useCallback(() => setSelection(noSelection), []),
    run,
    startBulk: useCallback(
      (action: BulkAction) => {
        begin(action, selected);
        setSelection(noSelection);
      },
      [begin, selected],
    ),
    retryFailed: useCallback(
      (ids: string[]) => {
        if (!run) return;
        const again = new Set(ids);
        begin(run.action, (rows ?? []).filter((row) => again.has(row.id)).map((row) => row.token));
      },
      [begin, run, rows],
    ),
    undoRun: useCallback(() => {
      if (!run || run.action.kind !== 'edit') return;
      const id = `bulk-${++runCount}`;
      void undoBulk(run, id).then((action) => {
        watchedRun = { id, action };
        setRun(watchedRun);
      });
    }, [run, undoBulk]),
    dismissRun: useCallback(() => {
      watchedRun = undefined;
      setRun(undefined);
    }, []),
  };
}
