import '../../../config/zod-setup';
import * as z from 'zod/mini';
import { stringifySearch } from '../../../config/query-string';
import { attentionIssueKeys } from './attention';
import { defaultDirection, defaultView, type ListView } from './list-view';
import { healthLevels, knownStates } from './token-labels';
import { sortColumns } from './token-rows';

/**
 * Keeps the values `item` accepts from a comma-separated list (`state=valid,expired`) or an array,
 * each once: one unknown value drops alone, not the whole filter.
 */
function commaList<T extends string>(item: z.ZodMiniType<T>) {
  return z.optional(
    z.pipe(
      z.catch(z.union([z.string(), z.array(z.string())]), []),
      z.transform((value) => [...new Set((typeof value === 'string' ? value.split(',') : value).filter((v): v is T => item.safeParse(v).success))]),
    ),
  );
}

/** A parameter that is missing or unknown (an old or hand-edited link) is as if absent. */
const fallback = <T extends z.ZodMiniType>(schema: T) => z.catch(z.optional(schema), undefined);

const listSearchParams = z.object({
  q: fallback(z.string()),
  sort: fallback(z.enum(sortColumns)),
  dir: fallback(z.enum(['asc', 'desc'])),
  state: commaList(z.enum(knownStates)),
  health: commaList(z.enum(healthLevels)),
  issue: fallback(z.enum(attentionIssueKeys)),
});

/** The list's view as its address says it: what is the default is left out, so links stay short. */
export type ListSearch = {
  q?: string;
  sort?: ListView['sort'];
  dir?: 'asc' | 'desc';
  state?: string[];
  health?: ListView['health'];
  issue?: NonNullable<ListView['issue']>;
};

/** The view a search shows: whatever it leaves out is the default's. */
export function listViewOf(search: ListSearch): ListView {
  const { sort, dir } = search;
  return {
    search: search.q ?? '',
    sort: sort ?? defaultView.sort,
    // A direction alone says nothing: it belongs to the column it sorts.
    direction: sort ? (dir ? (dir === 'asc' ? 'ascending' : 'descending') : defaultDirection(sort)) : defaultView.direction,
    states: search.state ?? [],
    health: search.health ?? [],
    issue: search.issue,
  };
}

/**
 * The search that shows `view`, in its one canonical spelling. Every parameter is there, undefined
 * when it is the default's: the router lays what a route validated over what the address said, so a
 * parameter left out would let the address's unvalidated text through.
 */
export function listSearchOf(view: ListView): ListSearch {
  const sorted = view.sort !== defaultView.sort || view.direction !== defaultView.direction;
  return {
    q: view.search || undefined,
    sort: sorted ? view.sort : undefined,
    dir: sorted ? (view.direction === 'ascending' ? 'asc' : 'desc') : undefined,
    state: view.states.length > 0 ? view.states : undefined,
    health: view.health.length > 0 ? view.health : undefined,
    issue: view.issue,
  };
}

/** Whether `search` shows the default view. */
export function isDefaultListSearch(search: ListSearch): boolean {
  return Object.values(search).every((value) => value === undefined);
}

/**
 * The `/` route's search: each parameter read on its own, one that is wrong falling back to its
 * default rather than failing the page, then spelled the canonical way, so a view has one address.
 */
export const listSearchSchema = z.pipe(
  listSearchParams,
  z.transform((params): ListSearch => listSearchOf(listViewOf(params))),
);

/** The query string for a view, without the "?": empty for the default view. */
export function listViewQuery(view: ListView): string {
  return stringifySearch(listSearchOf(view)).slice(1);
}
