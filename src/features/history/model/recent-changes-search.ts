import '../../../config/zod-setup';
import * as z from 'zod/mini';
import { changeKinds, defaultRecentChangeDays, type ChangeKind, type RecentChangeDays } from './change-kinds';
import type { ChangeFilter } from './recent-changes';

/** A parameter that is missing or unknown (an old or hand-edited link) is as if absent. */
const fallback = <T extends z.ZodMiniType>(schema: T) => z.catch(z.optional(schema), undefined);

const params = z.object({
  days: fallback(z.enum(['7', '30'])),
  who: fallback(z.string()),
  what: fallback(z.enum(changeKinds)),
  property: fallback(z.string()),
});

/** The page's view as its address says it; the default is left out, so links stay short. */
export type RecentChangesSearch = { days?: '30'; who?: string; what?: ChangeKind; property?: string };

export type RecentChangesView = ChangeFilter & { days: RecentChangeDays };

export function recentChangesViewOf(search: Omit<RecentChangesSearch, 'days'> & { days?: '7' | '30' }): RecentChangesView {
  return { days: search.days === '30' ? 30 : defaultRecentChangeDays, who: search.who, what: search.what, property: search.property };
}

/**
 * The search that shows `view`, in its one spelling. Every parameter is there, undefined when it is
 * the default: the router lays what a route validated over the address's own text.
 */
export function recentChangesSearchOf(view: RecentChangesView): RecentChangesSearch {
  return {
    days: view.days === 30 ? '30' : undefined,
    who: view.who || undefined,
    what: view.what,
    property: view.property || undefined,
  };
}

/** The `/changes` route's search: a wrong parameter falls back to its default rather than failing the page. */
export const recentChangesSearchSchema = z.pipe(
  params,
  z.transform((search): RecentChangesSearch => recentChangesSearchOf(recentChangesViewOf(search))),
);
