/**
 * What the recent changes page filters by and how far back it reads. Free of imports: the router
 * validates the page's address with these, and the router is in every page's first download.
 */

/** What kind of thing happened to a token. */
export const changeKinds = ['save', 'renew', 'sync', 'delete', 'create', 'revoke', 'other'] as const;
export type ChangeKind = (typeof changeKinds)[number];

/** How far back the recent changes page reads: a week by default, or a month. */
export const recentChangeDays = [7, 30] as const;
export type RecentChangeDays = (typeof recentChangeDays)[number];
export const defaultRecentChangeDays: RecentChangeDays = 7;
