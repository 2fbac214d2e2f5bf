import type { VppToken } from '@microsoft/microsoft-graph-types-beta';
import type { TokenLicenses } from '../../apps/model/vpp-apps';
import { countryName } from '../model/countries';
import { healthRank, tokenHealth, type HealthWindows, type TokenHealth } from '../model/health';
import { isNeverDate, parseDate } from '../model/relative-time';
import { tokenName } from '../model/token-name';
import { accountTypeLabel, deliveryProtocolLabel, stateLabel } from './token-labels';

/** One token with everything the grid sorts, filters and searches on worked out once. */
export type TokenRow = {
  id: string;
  token: VppToken;
  name: string;
  health: TokenHealth;
  state: string;
  country: string;
  accountType: string;
  appDelivery: string;
  expiresAt: number | undefined;
  /** Undefined when the token never synced or the date is unreadable. */
  lastSyncAt: number | undefined;
  /** Name, Apple ID, organization and location, folded for matching. */
  searchText: string;
  /** The token's apps and licenses once the tenant's apps have been read; undefined until then. */
  licenses?: TokenLicenses;
};

/** Lowercase without accents, so "goteborg" finds "Göteborg". */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
}

export function toTokenRow(token: VppToken, now: number, windows?: HealthWindows): TokenRow {
  const name = tokenName(token);
  const lastSync = token.lastSyncDateTime;
  return {
    id: token.id ?? '',
    token,
    name,
    health: tokenHealth(token, now, windows),
    state: stateLabel(token.state),
    country: token.countryOrRegion ? countryName(token.countryOrRegion) : '',
    accountType: accountTypeLabel(token.vppTokenAccountType),
    appDelivery: deliveryProtocolLabel(token),
    expiresAt: token.expirationDateTime ? parseDate(token.expirationDateTime) : undefined,
    lastSyncAt: lastSync && !isNeverDate(lastSync) ? parseDate(lastSync) : undefined,
    // A newline between fields keeps one search word from matching across two of them.
    searchText: foldForSearch([name, token.appleId, token.organizationName, token.locationName].filter(Boolean).join('\n')),
  };
}

export const sortColumns = [
  'name',
  'health',
  'state',
  'expires',
  'lastSync',
  'appleId',
  'accountType',
  'country',
  'autoUpdate',
  'appDelivery',
  'apps',
  'licensesUsed',
] as const;
export type SortColumn = (typeof sortColumns)[number];
export type SortDirection = 'ascending' | 'descending';

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
type Compare = (a: TokenRow, b: TokenRow) => number;

const byText = (text: (row: TokenRow) => string): Compare => (a, b) => collator.compare(text(a), text(b));
// Missing dates count as the oldest: a token that never synced is the most overdue.
const byTime = (time: (row: TokenRow) => number | undefined): Compare => (a, b) =>
  (time(a) ?? Number.NEGATIVE_INFINITY) - (time(b) ?? Number.NEGATIVE_INFINITY);

const compareBy: Record<SortColumn, Compare> = {
  name: byText((row) => row.name),
  health: (a, b) => healthRank[a.health.level] - healthRank[b.health.level] || a.health.reasons.length - b.health.reasons.length,
  state: byText((row) => row.state),
  expires: byTime((row) => row.expiresAt),
  lastSync: byTime((row) => row.lastSyncAt),
  appleId: byText((row) => row.token.appleId ?? ''),
  accountType: byText((row) => row.accountType),
  country: byText((row) => row.country),
  autoUpdate: (a, b) => Number(a.token.automaticallyUpdateApps ?? false) - Number(b.token.automaticallyUpdateApps ?? false),
  appDelivery: byText((row) => row.appDelivery),
  // Not read yet counts as fewer than none, so those rows gather at one end.
  apps: (a, b) => (a.licenses?.apps.length ?? -1) - (b.licenses?.apps.length ?? -1),
  licensesUsed: (a, b) => (a.licenses?.used ?? -1) - (b.licenses?.used ?? -1),
};

/** A new sorted array; ties fall back to the name, then the id, so the order never jitters between renders. */
export function sortRows(rows: readonly TokenRow[], column: SortColumn, direction: SortDirection): TokenRow[] {
  const sign = direction === 'ascending' ? 1 : -1;
  const compare = compareBy[column];
  return [...rows].sort((a, b) => sign * compare(a, b) || collator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Every word of the search must appear in the token's name, Apple ID, organization or location. */
export function searchWords(search: string): string[] {
  return foldForSearch(search).split(/\s+/).filter(Boolean);
}

export function matchesSearch(row: TokenRow, words: readonly string[]): boolean {
  return words.every((word) => row.searchText.includes(word));
}

/** The rows with each token's licenses laid on; the rows themselves are left as they were. */
export function withLicenses(rows: readonly TokenRow[], byToken: ReadonlyMap<string, TokenLicenses> | undefined, none: TokenLicenses): TokenRow[] {
  if (!byToken) return rows as TokenRow[];
  return rows.map((row) => ({ ...row, licenses: byToken.get(row.id) ?? none }));
}

/**
 * Turns tokens into rows, reusing the row of any token object it has seen at the same `now` and
 * warning windows: while pages stream in, each page then costs only its own tokens, not the whole
 * list again.
 */
export function createRowDeriver() {
  let cache = new WeakMap<VppToken, TokenRow>();
  let cachedNow: number | undefined;
  let cachedWindows: HealthWindows | undefined;
  return (tokens: readonly VppToken[], now: number, windows?: HealthWindows): TokenRow[] => {
    if (now !== cachedNow || windows !== cachedWindows) {
      cache = new WeakMap();
      cachedNow = now;
      cachedWindows = windows;
    }
    return tokens.map((token) => {
      let row = cache.get(token);
      if (!row) cache.set(token, (row = toTokenRow(token, now, windows)));
      return row;
    });
  };
}
