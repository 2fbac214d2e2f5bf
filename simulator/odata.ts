/**
 * The OData query options this collection honours ($top, $select, $skiptoken) and the shapes of
 * Graph's answers (@odata.context, @odata.nextLink). Anything else is refused loudly rather than
 * ignored, so a client that starts relying on server-side filtering notices in tests.
 */
import { badRequest } from './errors.ts';
import { ENUM_FALLBACKS, ODATA_TYPE, propertiesOf, type ApiVersion, type VppTokenEntity } from './vpp-token.ts';

export const DEFAULT_PAGE_SIZE = 25;
export const MAX_PAGE_SIZE = 999;

const SUPPORTED = new Set(['$top', '$select', '$skiptoken']);
const REFUSED = new Set(['$filter', '$orderby', '$search', '$expand', '$skip', '$count', '$format', '$apply']);

export interface QueryOptions {
  top?: number;
  select?: string[];
  /** Creation sequence number of the last item on the previous page. */
  after?: number;
}

/**
 * Graph accepts `$select` and (beta) plain `select`, any case; URLSearchParams has already turned
 * `%24select` into `$select`.
 */
function systemOptions(params: URLSearchParams): Map<string, string> {
  const options = new Map<string, string>();
  for (const [rawKey, value] of params) {
    const lower = rawKey.toLowerCase();
    const key = lower.startsWith('$') ? lower : `$${lower}`;
    if (!lower.startsWith('$') && !SUPPORTED.has(key) && !REFUSED.has(key)) continue; // a custom parameter
    if (!options.has(key)) options.set(key, value);
  }
  return options;
}

export function parseQuery(params: URLSearchParams, version: ApiVersion, kind: 'collection' | 'entity'): QueryOptions {
  const options = systemOptions(params);
  const result: QueryOptions = {};
  for (const [key, value] of options) {
    if (REFUSED.has(key) || !SUPPORTED.has(key)) {
      throw badRequest(
        `Query option '${key}' is not supported on deviceAppManagement/vppTokens by this simulator; filter, sort and search in the client.`,
      );
    }
    if (kind === 'entity' && key !== '$select') {
      throw badRequest(`Query option '${key}' is not allowed on a single entity.`);
    }
    if (key === '$top') result.top = parseTop(value);
    if (key === '$select') result.select = parseSelect(value, version);
    if (key === '$skiptoken') result.after = decodeSkipToken(value);
  }
  return result;
}

function parseTop(value: string): number {
  if (!/^\d+$/.test(value.trim())) throw badRequest(`Invalid value '${value}' for query option '$top': expected a whole number.`);
  const top = Number(value);
  if (top < 1 || top > MAX_PAGE_SIZE) {
    throw badRequest(`Invalid value '${value}' for query option '$top': it must be between 1 and ${MAX_PAGE_SIZE}.`);
  }
  return top;
}

function parseSelect(value: string, version: ApiVersion): string[] | undefined {
  const names = value
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
  if (names.length === 0 || names.includes('*')) return undefined;
  const known = propertiesOf(version);
  for (const name of names) {
    if (!known.includes(name)) {
      throw badRequest(
        `Could not find a property named '${name}' on type 'microsoft.graph.vppToken' in ${version} (query option '$select').`,
      );
    }
  }
  // Graph always returns the key.
  return ['id', ...new Set(names.filter((name) => name !== 'id'))];
}

// The skiptoken is opaque to clients; inside it is the last creation number served, so deleting
// a token between pages neither skips nor repeats anything.
export function encodeSkipToken(afterSeq: number): string {
  return btoa(`vpp:${afterSeq}`).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
}

export function decodeSkipToken(value: string): number {
  let decoded = '';
  try {
    const b64 = value.replace(/-/g, '+').replace(/_/g, '/');
    decoded = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  } catch {
    // fall through to the error below
  }
  const match = /^vpp:(\d+)$/.exec(decoded);
  if (!match) throw badRequest(`Invalid value for query option '$skiptoken'.`);
  return Number(match[1]);
}

/** The collection URL with the same $select and $top and a new $skiptoken, absolute like Graph's. */
export function buildNextLink(url: URL, query: QueryOptions, afterSeq: number): string {
  const keep = (v: string) => encodeURIComponent(v).replace(/%2C/gi, ',');
  const parts: string[] = [];
  if (query.top !== undefined) parts.push(`$top=${query.top}`);
  if (query.select) parts.push(`$select=${keep(query.select.join(','))}`);
  parts.push(`$skiptoken=${encodeSkipToken(afterSeq)}`);
  return `${url.origin}${url.pathname}?${parts.join('&')}`;
}

export function serviceRoot(url: URL, version: ApiVersion): string {
  return `${url.origin}/graph/${version}`;
}

export function collectionContext(url: URL, version: ApiVersion, select?: string[]): string {
  const projection = select ? `(${select.join(',')})` : '';
  return `${serviceRoot(url, version)}/$metadata#deviceAppManagement/vppTokens${projection}`;
}

export function entityContext(url: URL, version: ApiVersion, select?: string[]): string {
  const projection = select ? `(${select.join(',')})` : '';
  return `${serviceRoot(url, version)}/$metadata#deviceAppManagement/vppTokens${projection}/$entity`;
}

/**
 * The entity as the version shows it: only that version's properties, then only the selected
 * ones, with any enum value the version does not declare answered as its fallback.
 */
export function project(entity: VppTokenEntity, version: ApiVersion, select?: string[]): Record<string, unknown> {
  const names = select ?? propertiesOf(version);
  const source = entity as unknown as Record<string, unknown>;
  const fallbacks = ENUM_FALLBACKS[version];
  const out: Record<string, unknown> = { '@odata.type': ODATA_TYPE };
  for (const name of names) {
    if (!(name in source)) continue;
    const value = source[name];
    const fallback = typeof value === 'string' ? fallbacks[name]?.[value] : undefined;
    out[name] = fallback ?? structuredClone(value);
  }
  return out;
}
