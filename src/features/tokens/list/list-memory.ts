import { parseSearch } from '../../../config/query-string';
import { listSearchSchema, type ListSearch } from './list-search';

/** Where the admin was in the list when they left it for a token. */
export type ListPlace = {
  /** The view as `listViewQuery` writes it (empty for the default view), to compare views whatever the URL's spelling. */
  viewQuery: string;
  scrollTop: number;
  focusedRowId: string | undefined;
};

// In memory on purpose: it serves moving around inside the app. A reload or a shared link starts
// from the URL alone, which already holds the search, sort and filters.
let remembered: ListPlace | undefined;

export function rememberListPlace(place: ListPlace) {
  remembered = place;
}

export function recallListPlace(): ListPlace | undefined {
  return remembered;
}

/** The search of the view the admin left the list with, for a link back to the bare list; undefined for the default view. */
export function recallListSearch(): ListSearch | undefined {
  return remembered?.viewQuery ? listSearchSchema.parse(parseSearch(remembered.viewQuery)) : undefined;
}
