import type { VppToken } from '@microsoft/microsoft-graph-types-beta';
import { useCallback, useMemo, useState } from 'react';
import { notify, type Notice } from '../../../ui/notify';
import { useLatest } from '../../../ui/use-latest';
import type { BulkAction, BulkRun } from '../data/bulk-change';
import { useStartBulkRun, useUndoBulkRun } from '../data/use-bulk-runs';
import { noSelection, shownSelection, toggleAllShown, toggleRow, withoutMissing, type Selection } from './selection';
import type { TokenRow } from './token-rows';

/** When a run's code could not be fetched (offline, or a new version deployed since the page loaded): nothing was sent. */
function bulkCodeMissing(what: 'started' | 'undone'): Notice {
  return {
    intent: 'error',
    title: what === 'started' ? 'The bulk change did not start' : 'The bulk change was not undone',
    body: 'Nothing was sent to Graph: its code could not be downloaded. Check the connection, reload the page and try again.',
  };
}

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
  // The ticking handlers read the rows shown when used, so the grid's header keeps them while the admin types.
  const latestShownIds = useLatest(shownIds);
  const selected = useMemo<VppToken[]>(() => (rows ?? []).filter((row) => selection.ids.has(row.id)).map((row) => row.token), [rows, selection]);

  const begin = useCallback(
    (action: BulkAction, tokens: readonly VppToken[]) => {
      const next = { id: `bulk-${++runCount}`, action };
      watchedRun = next;
      setRun(next);
      void startRun(next, tokens).catch(() => {
        if (watchedRun === next) {
          watchedRun = undefined;
          setRun(undefined);
        }
        notify(bulkCodeMissing('started'));
      });
    },
    [startRun],
  );

  return {
    selection: selection.ids,
    selected,
    headerSelection: shownSelection(selection, shownIds),
    toggleRow: useCallback((id: string, range: boolean) => setSelection((s) => toggleRow(s, id, latestShownIds.current, range)), [latestShownIds]),
    toggleAllShown: useCallback(() => setSelection((s) => toggleAllShown(s, latestShownIds.current)), [latestShownIds]),
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
      void undoBulk(run, id).then(
        (action) => {
          watchedRun = { id, action };
          setRun(watchedRun);
        },
        () => notify(bulkCodeMissing('undone')),
      );
    }, [run, undoBulk]),
    dismissRun: useCallback(() => {
      watchedRun = undefined;
      setRun(undefined);
    }, []),
  };
}
