import type { HealthLevel } from '../model/health';
import { hasIssue, type AttentionFilter, type AttentionIssue } from './attention';
import { matchesSearch, searchWords, type SortColumn, type SortDirection, type TokenRow } from './token-rows';

/** What the admin is looking at: kept in the URL (list-search.ts) so a view can be shared, reloaded and walked back through. */
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
