/**
 * The OData query options the collections honour ($top, $select, $skiptoken, and on mobileApps a
 * type $filter) and the shapes of Graph's answers (@odata.context, @odata.nextLink). Anything else
 * is refused loudly rather than ignored, so a client that starts relying on server-side filtering
 * notices in tests.
 */
import { badRequest } from './errors.ts';
import { ENUM_FALLBACKS, ODATA_TYPE, propertiesOf, type ApiVersion, type VppTokenEntity } from './vpp-token.ts';

export const DEFAULT_PAGE_SIZE = 25;
export const MAX_PAGE_SIZE = 999;

const SUPPORTED = new Set(['$top', '$select', '$skiptoken', '$filter']);
const REFUSED = new Set(['$orderby', '$search', '$expand', '$skip', '$count', '$format', '$apply']);

/** What a collection (or a single entity of it) lets a query name. */
export interface QueryTarget {
  version: ApiVersion;
  /** For messages: `deviceAppManagement/vppTokens`. */
  entitySet: string;
  /** The type `$select` names are looked up on, namespace-qualified. */
  typeName: string;
  properties: readonly string[];
  /** Derived types' properties, selectable with a cast: `microsoft.graph.iosVppApp/bundleId`. */
  derived?: Readonly<Record<string, readonly string[]>>;
  /** Reads a `$filter` this collection honours as the types it keeps; without it `$filter` is refused. */
  typeFilter?: (value: string) => string[];
}

export function tokenTarget(version: ApiVersion): QueryTarget {
  return { version, entitySet: 'deviceAppManagement/vppTokens', typeName: 'microsoft.graph.vppToken', properties: propertiesOf(version) };
}

export interface QueryOptions {
  top?: number;
  /** Property names, a derived type's qualified (`microsoft.graph.iosVppApp/bundleId`). */
  select?: string[];
  /** The types a `$filter` keeps, and its text for the next page's link. */
  filter?: { text: string; types: string[] };
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

export function parseQuery(params: URLSearchParams, target: QueryTarget, kind: 'collection' | 'entity'): QueryOptions {
  const options = systemOptions(params);
  const result: QueryOptions = {};
  for (const [key, value] of options) {
    if (REFUSED.has(key) || !SUPPORTED.has(key) || (key === '$filter' && !target.typeFilter)) {
      throw badRequest(
        `Query option '${key}' is not supported on ${target.entitySet} by this simulator; filter, sort and search in the client.`,
      );
    }
    if (kind === 'entity' && key !== '$select') {
      throw badRequest(`Query option '${key}' is not allowed on a single entity.`);
    }
    if (key === '$top') result.top = parseTop(value);
    if (key === '$select') result.select = parseSelect(value, target);
    if (key === '$skiptoken') result.after = decodeSkipToken(value);
    if (key === '$filter' && target.typeFilter) result.filter = { text: value, types: target.typeFilter(value) };
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

function parseSelect(value: string, target: QueryTarget): string[] | undefined {
  const names = value
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
  if (names.length === 0 || names.includes('*')) return undefined;
  for (const name of names) {
    const cast = /^(.+)\/([^/]+)$/.exec(name);
    // A derived type's property needs its cast, as OData requires; bare, it is unknown on the base type.
    const [typeName, property, known] = cast?.[1] !== undefined && cast[2] !== undefined
      ? [cast[1], cast[2], target.derived?.[cast[1]]]
      : [target.typeName, name, target.properties];
    if (known === undefined) {
      throw badRequest(`The type '${typeName}' is not derived from '${target.typeName}' in ${target.version} (query option '$select').`);
    }
    if (!known.includes(property)) {
      throw badRequest(
        `Could not find a property named '${property}' on type '${typeName}' in ${target.version} (query option '$select').`,
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

/** The collection URL with the same $filter, $select and $top and a new $skiptoken, absolute like Graph's. */
export function buildNextLink(url: URL, query: QueryOptions, afterSeq: number): string {
  const keep = (v: string) => encodeURIComponent(v).replace(/%2C/gi, ',').replace(/%2F/gi, '/');
  const parts: string[] = [];
  if (query.filter) parts.push(`$filter=${encodeURIComponent(query.filter.text)}`);
  if (query.top !== undefined) parts.push(`$top=${query.top}`);
  if (query.select) parts.push(`$select=${keep(query.select.join(','))}`);
  parts.push(`$skiptoken=${encodeSkipToken(afterSeq)}`);
  return `${url.origin}${url.pathname}?${parts.join('&')}`;
}

export function serviceRoot(url: URL, version: ApiVersion): string {
  return `${url.origin}/graph/${version}`;
}

/** `path` is what follows `#`: `deviceAppManagement/vppTokens`, or a contained collection's path. */
export function collectionContext(url: URL, version: ApiVersion, select?: string[], path = 'deviceAppManagement/vppTokens'): string {
  const projection = select ? `(${select.join(',')})` : '';
  return `${serviceRoot(url, version)}/$metadata#${path}${projection}`;
}

/** `path` names a derived entity's cast too: `deviceAppManagement/mobileApps/microsoft.graph.iosVppApp`. */
export function entityContext(url: URL, version: ApiVersion, select?: string[], path = 'deviceAppManagement/vppTokens'): string {
  return `${collectionContext(url, version, select, path)}/$entity`;
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
