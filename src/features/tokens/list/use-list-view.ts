import { getRouteApi, useNavigate, useRouter } from '@tanstack/react-router';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useLatest } from '../../../ui/use-latest';
import { listSearchOf, listViewOf, listViewQuery } from './list-search';
import type { ListView } from './list-view';

const listRoute = getRouteApi('/');

// Typing rewrites the URL once the admin pauses, not per keystroke: browsers throttle a page that
// replaces its history entry too often, and nobody shares a half-typed word.
const searchToUrlDelayMs = 300;

export type ViewChange = Partial<ListView> | ((current: ListView) => Partial<ListView>);

/**
 * The list's view, held in the URL. Sort and filter changes add a history entry (Back undoes them);
 * the search box answers every keystroke at once and reaches the URL shortly after.
 */
export function useListView() {
  const search = listRoute.useSearch();
  // Only the path: the whole match changes with every load of the route, and this hook's page is heavy.
  const pathname = listRoute.useMatch({ select: (match) => match.pathname });
  const navigate = useNavigate();
  const router = useRouter();
  const urlView = useMemo(() => listViewOf(search), [search]);

  const [searchText, setSearchText] = useState(urlView.search);
  // The URL's search as last seen, and as last written by this hook: a URL search that differs from
  // both came from outside (Back, Forward, a link), and replaces what is in the box.
  const [seenSearch, setSeenSearch] = useState(urlView.search);
  const [writtenSearch, setWrittenSearch] = useState(urlView.search);
  if (urlView.search !== seenSearch) {
    setSeenSearch(urlView.search);
    if (urlView.search !== writtenSearch) {
      setWrittenSearch(urlView.search);
      setSearchText(urlView.search);
    }
  }

  /** The view as typed, in one canonical spelling: what the URL is about to say. */
  const typedQuery = useMemo(() => listViewQuery({ ...urlView, search: searchText }), [urlView, searchText]);

  // A new view is no new page: the window keeps its scroll.
  const go = useCallback(
    (view: ListView, replace: boolean) => void navigate({ to: '/', search: listSearchOf(view), replace, resetScroll: false }),
    [navigate],
  );

  // Read by callbacks that stay the same across keystrokes, so that the grid and the filters need
  // not re-render while the admin types.
  const latest = useLatest({ urlView, searchText });
  const typedView = useCallback((): ListView => ({ ...latest.current.urlView, search: latest.current.searchText }), [latest]);

  /** Changes the view and adds a history entry. */
  const changeView = useCallback(
    (change: ViewChange) => {
      const current = typedView();
      const next = { ...current, ...(typeof change === 'function' ? change(current) : change) };
      if (next.search !== current.search) {
        setSearchText(next.search);
        setWrittenSearch(next.search);
      }
      go(next, false);
    },
    [go, typedView],
  );

  useEffect(() => {
    if (searchText === urlView.search) return;
    const timer = setTimeout(() => {
      // The admin may have opened a token meanwhile, the list still on screen while that page loads:
      // the search then stays with the list rather than following them into the token's address.
      if (router.latestLocation.pathname !== pathname) return;
      setWrittenSearch(searchText);
      go({ ...urlView, search: searchText }, true);
    }, searchToUrlDelayMs);
    return () => clearTimeout(timer);
  }, [searchText, urlView, go, pathname, router]);

  /** Before leaving the list, so Back returns to exactly what was on screen, even mid-typing. Answers the view's query. */
  const commitSearch = useCallback((): string => {
    const { urlView: inUrl, searchText: typed } = latest.current;
    const view = { ...inUrl, search: typed };
    if (typed !== inUrl.search) {
      setWrittenSearch(typed);
      go(view, true);
      // Into this entry now: the router writes the address a moment later, and would write only the
      // navigation that follows (to the token), losing this one.
      router.history.flush();
    }
    return listViewQuery(view);
  }, [go, latest, router]);

  // Applied in the keystroke's own render, so the rows change in the frame the letter appears: a
  // deferred search would always paint the box first and the rows a frame later. Filtering 3,000
  // rows takes about a millisecond, and the grid draws only the rows on screen.
  const view = useMemo(() => ({ ...urlView, search: searchText }), [urlView, searchText]);

  return { view, typedQuery, searchText, setSearchText, changeView, commitSearch };
}
