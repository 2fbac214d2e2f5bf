import { useNavigate } from '@tanstack/react-router';
import { useCallback, useMemo, useState } from 'react';
import { notify } from '../../../ui/notify';
import { useLatest } from '../../../ui/use-latest';
import { useNow } from '../../../ui/use-now';
import { useLicensesByToken } from '../../apps/data/vpp-apps';
import { useWarningWindows } from '../../settings/use-warning-windows';
import { calendarCodeMissing } from '../actions/calendar-code-missing';
import { useShownTokenList } from '../data/shown-tokens';
import { attentionItems, type AttentionFilter } from './attention';
import { listViewQuery } from './list-search';
import { isFiltered, noFilters, showsOnly, sortByColumn } from './list-view';
import type { SortColumn, TokenRow } from './token-rows';
import { useListPlace } from './use-list-place';
import { useListView } from './use-list-view';
import { useRetryNotice } from './use-retry-notice';
import { useTokenRows } from './use-token-rows';

/** The CSV code loads on the click: it is not needed to show the list, and few visits export. */
async function downloadCsv(rows: readonly TokenRow[], now: number) {
  const [{ csvFileName, tokensCsv }, { downloadTextFile }] = await Promise.all([import('./tokens-csv'), import('./download-file')]);
  downloadTextFile(csvFileName(now), tokensCsv(rows), 'text/csv;charset=utf-8');
}

/**
 * Likewise the calendar's: `ics`, the worker that runs it and what it says afterwards load on the
 * click. Its first reminder rings when the token starts counting as expiring here.
 */
async function exportCalendar(rows: readonly TokenRow[], warningDays: number) {
  const tokens = rows.map((row) => row.token);
  await import('../actions/save-expiry-calendar').then(
    ({ saveListCalendar }) => saveListCalendar(tokens, { warningDays }),
    () => notify(calendarCodeMissing),
  );
}

/**
 * Everything the token list screen shows and every action on it, so the components only lay it out.
 * The actions keep their identity across keystrokes: only the search box and the grid's rows change
 * while the admin types.
 */
export function useTokenListScreen() {
  const navigate = useNavigate();
  const now = useNow();
  const { query, tokens, complete } = useShownTokenList();
  const { view, typedQuery, searchText, setSearchText, changeView, commitSearch } = useListView();
  // The apps are read once the first tokens show, so their read never holds back the first rows.
  const licenses = useLicensesByToken({ enabled: tokens !== undefined });
  const windows = useWarningWindows();
  const { rows, summary, shown } = useTokenRows(tokens, complete, now, view, licenses.byToken, windows);
  const { initialPlace, onPlaceChange, rememberPlace } = useListPlace(typedQuery);
  const retrying = useRetryNotice(query);

  const summaryItems = useMemo(() => attentionItems(summary, windows), [summary, windows]);
  const pressedSummaryItem = useMemo(() => summaryItems.find((item) => showsOnly(view, item.filter))?.key, [summaryItems, view]);
  const shownQuery = useMemo(() => listViewQuery(view), [view]);

  const openToken = useCallback(
    (id: string) => {
      rememberPlace(commitSearch(), id);
      void navigate({ to: '/tokens/$tokenId', params: { tokenId: id } });
    },
    [commitSearch, navigate, rememberPlace],
  );
  const { refetch } = query;
  const [exportingCalendar, setExportingCalendar] = useState(false);
  // The exports read what is shown when clicked, and keep their identity while the admin types, so
  // the toolbar's buttons and menus are not drawn again per keystroke.
  const latest = useLatest({ shown, now, warningDays: windows.expiringWithinDays });

  return {
    now,
    licenses,
    query,
    rows,
    complete,
    summaryItems,
    pressedSummaryItem,
    shown,
    view,
    shownQuery,
    filtered: isFiltered(view),
    searchText,
    setSearchText,
    changeView,
    clearFilters: useCallback(() => changeView(noFilters), [changeView]),
    sortBy: useCallback((column: SortColumn) => changeView((current) => sortByColumn(current, column)), [changeView]),
    // A summary count shows exactly its tokens: whatever else narrowed the view goes.
    show: useCallback((filter: AttentionFilter) => changeView({ ...noFilters, ...filter }), [changeView]),
    initialPlace,
    onPlaceChange,
    openToken,
    exportCsv: useCallback(() => void downloadCsv(latest.current.shown, latest.current.now), [latest]),
    exportCalendar: useCallback(() => {
      setExportingCalendar(true);
      void exportCalendar(latest.current.shown, latest.current.warningDays).finally(() => setExportingCalendar(false));
    }, [latest]),
    exportingCalendar,
    refresh: useCallback(() => void refetch(), [refetch]),
    retrying,
  };
}
