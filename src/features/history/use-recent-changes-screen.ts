import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useCallback, useMemo } from 'react';
import { useNow } from '../../ui/use-now';
import { downloadTextFile } from '../tokens/list/download-file';
import { useRecentChanges } from './data/recent-changes';
import { recentChangesCsv, recentChangesFileName } from './model/recent-changes-csv';
import { choicesOf, deletedTokenIds, filterChanges } from './model/recent-changes';
import { recentChangesSearchOf, recentChangesViewOf, type RecentChangesView } from './model/recent-changes-search';

const changesRoute = getRouteApi('/changes');

/** Everything the recent changes page shows and does, so the page only lays it out. */
export function useRecentChangesScreen() {
  const search = changesRoute.useSearch();
  const view = useMemo(() => recentChangesViewOf(search), [search]);
  const navigate = useNavigate();
  const now = useNow();
  const { query, entries, listed } = useRecentChanges(view.days);

  const shown = useMemo(() => (entries ? filterChanges(entries, view) : undefined), [entries, view]);
  // The filters offer what the window holds, and whatever the address asks for even when absent, so it can be seen and cleared.
  const actors = useMemo(() => choicesOf(entries ?? [], (entry) => [entry.who, ...(view.who ? [view.who] : [])]), [entries, view.who]);
  const properties = useMemo(
    () => choicesOf(entries ?? [], (entry) => [...entry.properties, ...(view.property ? [view.property] : [])]),
    [entries, view.property],
  );
  const deleted = useMemo(() => deletedTokenIds(entries ?? []), [entries]);

  const changeView = useCallback(
    (change: Partial<RecentChangesView>) => void navigate({ to: '/changes', search: recentChangesSearchOf({ ...view, ...change }), resetScroll: false }),
    [navigate, view],
  );
  const exportCsv = useCallback(() => {
    if (shown) downloadTextFile(recentChangesFileName(Date.now(), view.days), recentChangesCsv(shown), 'text/csv;charset=utf-8');
  }, [shown, view.days]);
  const { refetch } = query;
  const refresh = useCallback(() => void refetch(), [refetch]);

  return {
    view,
    now,
    query,
    entries,
    shown,
    actors,
    properties,
    deleted,
    listed,
    filtered: view.who !== undefined || view.what !== undefined || view.property !== undefined,
    changeView,
    clearFilters: useCallback(() => changeView({ who: undefined, what: undefined, property: undefined }), [changeView]),
    exportCsv,
    refresh,
  };
}
