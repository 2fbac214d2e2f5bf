import type { HealthLevel } from '../model/health';
import { hasIssue, isAttentionIssue, type AttentionFilter, type AttentionIssue } from './attention';
import { healthLevels, knownStates } from './token-labels';
import { matchesSearch, searchWords, sortColumns, type SortColumn, type SortDirection, type TokenRow } from './token-rows';

/** What the admin is looking at: kept in the URL so a view can be shared, reloaded and walked back through. */
export type ListView = {
  search: string;
  sort: SortColumn;
  direction: SortDirection;
  states: string[];
  health: HealthLevel[];
  issue: AttentionIssue | undefined;
};

// The tokens that need attention come first until the admin asks for another order.
export const defaultView: ListView = { search: '', sort: 'health', direction: 'descending', states: [], health: [], issue: undefined };

const param = { search: 'q', sort: 'sort', direction: 'dir', states: 'state', health: 'health', issue: 'issue' } as const;

/** Reads a view from the query string; anything unknown (an old or hand-edited link) falls back to the default. */
export function parseListView(params: URLSearchParams): ListView {
  const sort = params.get(param.sort);
  const direction = params.get(param.direction);
  const issue = params.get(param.issue);
  const list = (name: string) => (params.get(name) ?? '').split(',').filter(Boolean);
  const validSort = sort !== null && (sortColumns as readonly string[]).includes(sort) ? (sort as SortColumn) : undefined;
  const validDirection = direction === 'asc' ? 'ascending' : direction === 'desc' ? 'descending' : undefined;
  return {
    search: params.get(param.search) ?? '',
    sort: validSort ?? defaultView.sort,
    direction: validSort ? (validDirection ?? defaultDirection(validSort)) : defaultView.direction,
    states: unique(list(param.states).filter((state) => knownStates.includes(state))),
    health: unique(list(param.health).filter((level): level is HealthLevel => (healthLevels as readonly string[]).includes(level))),
    issue: issue !== null && isAttentionIssue(issue) ? issue : undefined,
  };
}

/**
 * The query string for a view, without the "?", leaving out what is already the default so links
 * stay short. Commas stay commas ("state=invalid,expired"): they separate a filter's values, and a
 * search containing one reads back the same.
 */
export function listViewQuery(view: ListView): string {
  const params = new URLSearchParams();
  if (view.search) params.set(param.search, view.search);
  if (view.sort !== defaultView.sort || view.direction !== defaultView.direction) {
    params.set(param.sort, view.sort);
    params.set(param.direction, view.direction === 'ascending' ? 'asc' : 'desc');
  }
  if (view.states.length > 0) params.set(param.states, view.states.join(','));
  if (view.health.length > 0) params.set(param.health, view.health.join(','));
  if (view.issue) params.set(param.issue, view.issue);
  return params.toString().replace(/%2C/gi, ',');
}

/** Health starts worst first; everything else starts from A, the soonest date or "off". */
export function defaultDirection(column: SortColumn): SortDirection {
  return column === 'health' ? 'descending' : 'ascending';
}

/** Clicking a column's header: the same column flips its order, another column starts in its natural order. */
export function sortByColumn(view: ListView, column: SortColumn): Pick<ListView, 'sort' | 'direction'> {
  if (view.sort !== column) return { sort: column, direction: defaultDirection(column) };
  return { sort: column, direction: view.direction === 'ascending' ? 'descending' : 'ascending' };
}

export const noFilters: Pick<ListView, 'search' | 'states' | 'health' | 'issue'> = { search: '', states: [], health: [], issue: undefined };

export function isFiltered(view: ListView): boolean {
  return view.search.trim() !== '' || view.states.length > 0 || view.health.length > 0 || view.issue !== undefined;
}

/** Whether the view shows exactly what a summary count stands for, with nothing else narrowing it. */
export function showsOnly(view: ListView, filter: AttentionFilter): boolean {
  return (
    view.search.trim() === '' &&
    view.states.length === 0 &&
    view.issue === filter.issue &&
    view.health.length === filter.health.length &&
    filter.health.every((level) => view.health.includes(level))
  );
}

/** The rows the view shows, in the order given: filtering keeps a sorted list sorted. */
export function filterRows(rows: readonly TokenRow[], view: Pick<ListView, 'search' | 'states' | 'health' | 'issue'>): readonly TokenRow[] {
  const words = searchWords(view.search);
  const states = new Set(view.states);
  const levels = new Set(view.health);
  const { issue } = view;
  if (words.length === 0 && states.size === 0 && levels.size === 0 && !issue) return rows;
  return rows.filter(
    (row) =>
      (states.size === 0 || states.has(row.token.state ?? '')) &&
      (levels.size === 0 || levels.has(row.health.level)) &&
      (!issue || hasIssue(row, issue)) &&
      matchesSearch(row, words),
  );
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}
