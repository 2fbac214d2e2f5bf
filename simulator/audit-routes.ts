/**
 * deviceManagement/auditEvents: the list (a `$filter` on activityDateTime and category, `$orderby`
 * on activityDateTime, `$select`, paging), one event, getAuditCategories and
 * getAuditActivityTypes, with Graph's answers per version. Auth (the apps permissions), latency and
 * faults have already run when these are called.
 *
 * Graph promises no order: without `$orderby` the simulator lists events oldest first, so a client
 * that wants the newest first has to say so (`$orderby=activityDateTime desc`).
 */
import { auditActivities, auditCategories, auditCategory } from '../src/graph/audit-vocabulary.ts';
import { AUDIT_EVENT_TYPE, auditEventView, type AuditEvent, type AuditLog } from './audit-events.ts';
import { badRequest, GraphHttpError, jsonResponse, segmentNotFound } from './errors.ts';
import { APPS_METADATA, type ApiVersion } from './metadata.ts';
import { collectionContext, DEFAULT_PAGE_SIZE, entityContext, MAX_PAGE_SIZE, serviceRoot } from './odata.ts';
import { functionParameter, methodNotAllowed, notImplemented, refuseOptions, type GraphCall, type Tenant } from './routes.ts';

const AUDIT_EVENTS = 'deviceManagement/auditEvents';

/** Whether the path segments after /graph/{version} name deviceManagement (or something under it). */
export function isAuditPath(segments: readonly string[]): boolean {
  return segments[0]?.toLowerCase() === 'devicemanagement';
}

export async function routeAuditEvents(call: GraphCall, tenant: Tenant, log: AuditLog): Promise<Response> {
  const { request, segments } = call;
  const [first, set, id, ...rest] = segments;
  if (set === undefined) throw segmentNotFound(first ?? '');
  if (set.toLowerCase() !== 'auditevents') throw segmentNotFound(set);
  if (rest.length > 0) throw segmentNotFound(rest[0] ?? '');
  const method = request.method.toUpperCase();
  if (method !== 'GET') {
    if (['POST', 'PATCH', 'DELETE'].includes(method)) throw notImplemented('writing audit events');
    throw methodNotAllowed(method);
  }
  if (id === undefined) return list(call, tenant, log);
  const name = /^(?:microsoft\.graph\.)?([A-Za-z]+)(?:\(.*\))?$/i.exec(id)?.[1]?.toLowerCase();
  if (name === 'getauditcategories') return strings(call, [...auditCategories]);
  if (name === 'getauditactivitytypes') {
    const category = id.includes('(') ? functionParameter(id, 'category') : null;
    const types = Object.values(auditActivities).map((activity) => activity.activityType);
    return strings(call, category === null || category === auditCategory ? [...new Set(types)] : []);
  }
  const event = log.get(id, tenant.now());
  if (!event) throw new GraphHttpError(404, 'ResourceNotFound', `Audit event with id '${id}' was not found.`);
  const select = parseSelect(call);
  return jsonResponse(200, { '@odata.context': entityContext(call.url, call.version, select, AUDIT_EVENTS), ...auditEventView(event, call.version, select) }, call.ctx);
}

function strings({ url, ctx, version }: GraphCall, value: string[]): Response {
  return jsonResponse(200, { '@odata.context': `${serviceRoot(url, version)}/$metadata#Collection(Edm.String)`, value }, ctx);
}

interface Cursor {
  at: number;
  seq: number;
}

interface AuditQuery {
  filter?: { text: string; keep: (event: AuditEvent, at: number) => boolean };
  orderby?: { text: string; descending: boolean };
  top?: number;
  select?: string[];
  after?: Cursor;
}

const HONOURED = new Set(['$filter', '$orderby', '$top', '$select', '$skiptoken']);
const KNOWN = new Set([...HONOURED, '$search', '$expand', '$skip', '$count', '$format', '$apply']);

/** System query options, any case, `$` optional as Graph's beta takes them; a custom parameter is ignored. */
function options(url: URL): Map<string, string> {
  const found = new Map<string, string>();
  for (const [raw, value] of url.searchParams) {
    const key = raw.toLowerCase().startsWith('$') ? raw.toLowerCase() : `$${raw.toLowerCase()}`;
    if (!raw.startsWith('$') && !KNOWN.has(key)) continue;
    if (!HONOURED.has(key)) throw badRequest(`Query option '${key}' is not supported on ${AUDIT_EVENTS} by this simulator.`);
    if (!found.has(key)) found.set(key, value);
  }
  return found;
}

function declaredProperties(version: ApiVersion): string[] {
  return Object.keys(APPS_METADATA[version].entityTypes[AUDIT_EVENT_TYPE]?.properties ?? {});
}

function parseSelect({ url, version }: GraphCall): string[] | undefined {
  const value = options(url).get('$select');
  if (value === undefined) return undefined;
  const names = value.split(',').map((name) => name.trim()).filter(Boolean);
  if (names.length === 0 || names.includes('*')) return undefined;
  const known = declaredProperties(version);
  for (const name of names) {
    if (!known.includes(name)) throw badRequest(`Could not find a property named '${name}' on type '${AUDIT_EVENT_TYPE}' in ${version} (query option '$select').`);
  }
  return ['id', ...new Set(names.filter((name) => name !== 'id'))];
}

// An OData DateTimeOffset literal (unquoted), or a date alone as its midnight in UTC.
const DATE_LITERAL = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,7})?)?(?:Z|[+-]\d{2}:\d{2}))?$/i;

/** `and` outside quoted literals. */
function splitAnd(text: string): string[] {
  const terms: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "'") quoted = !quoted;
    if (!quoted && /^\s+and\s+/i.test(text.slice(i)) && /\s/.test(text[i] ?? '')) {
      terms.push(text.slice(start, i));
      const gap = /^\s+and\s+/i.exec(text.slice(i))?.[0].length ?? 0;
      i += gap - 1;
      start = i + 1;
    }
  }
  terms.push(text.slice(start));
  return terms.map((term) => term.trim());
}

/**
 * What the simulator filters on: `activityDateTime` gt, ge, lt or le an ISO date-time, and
 * `category eq '...'`, joined with `and`. Anything else is refused with a 400, so a client that
 * starts relying on more (Graph's own support for other filters is not documented) notices.
 */
function parseFilter(text: string): (event: AuditEvent, at: number) => boolean {
  const refuse = (term: string) =>
    badRequest(`Invalid $filter term '${term}': the simulator takes activityDateTime gt|ge|lt|le <ISO date-time> and category eq '<category>', joined with 'and'.`);
  const checks = splitAnd(text).map((raw) => {
    const term = raw.replace(/^\((.*)\)$/s, '$1').trim();
    const date = /^activityDateTime\s+(gt|ge|lt|le)\s+(\S+)$/i.exec(term);
    if (date?.[1] !== undefined && date[2] !== undefined) {
      const literal = date[2];
      const ms = DATE_LITERAL.test(literal) ? Date.parse(literal.length === 10 ? `${literal}T00:00:00Z` : literal) : NaN;
      if (!Number.isFinite(ms)) throw badRequest(`Invalid $filter: '${literal}' is not an ISO 8601 date-time (write it unquoted, e.g. 2026-01-31T00:00:00Z).`);
      const op = date[1].toLowerCase();
      return (_event: AuditEvent, at: number) => (op === 'gt' ? at > ms : op === 'ge' ? at >= ms : op === 'lt' ? at < ms : at <= ms);
    }
    const category = /^category\s+eq\s+'((?:[^']|'')*)'$/i.exec(term);
    if (category?.[1] !== undefined) {
      const wanted = category[1].replace(/''/g, "'");
      return (event: AuditEvent) => event.category === wanted;
    }
    throw refuse(raw);
  });
  return (event, at) => checks.every((check) => check(event, at));
}

function parseOrderBy(text: string): boolean {
  const match = /^\s*activityDateTime(?:\s+(asc|desc))?\s*$/i.exec(text);
  if (!match) throw badRequest(`Invalid $orderby '${text}': the simulator sorts by activityDateTime only (asc or desc).`);
  return match[1]?.toLowerCase() === 'desc';
}

function parseTop(value: string): number {
  const top = /^\d+$/.test(value.trim()) ? Number(value) : NaN;
  if (!(top >= 1 && top <= MAX_PAGE_SIZE)) throw badRequest(`Invalid value '${value}' for query option '$top': it must be between 1 and ${MAX_PAGE_SIZE}.`);
  return top;
}

// Opaque to clients: the time and record number of the last event served.
function encodeCursor({ at, seq }: Cursor): string {
  return btoa(`audit:${at}:${seq}`).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
}

function decodeCursor(value: string): Cursor {
  let decoded = '';
  try {
    const b64 = value.replace(/-/g, '+').replace(/_/g, '/');
    decoded = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  } catch {
    // refused below
  }
  const match = /^audit:(-?\d+):(\d+)$/.exec(decoded);
  if (!match) throw badRequest(`Invalid value for query option '$skiptoken'.`);
  return { at: Number(match[1]), seq: Number(match[2]) };
}

function parseQuery(call: GraphCall): AuditQuery {
  const found = options(call.url);
  const query: AuditQuery = {};
  const filter = found.get('$filter');
  if (filter !== undefined) query.filter = { text: filter, keep: parseFilter(filter) };
  const orderby = found.get('$orderby');
  if (orderby !== undefined) query.orderby = { text: orderby, descending: parseOrderBy(orderby) };
  const top = found.get('$top');
  if (top !== undefined) query.top = parseTop(top);
  const select = parseSelect(call);
  if (select) query.select = select;
  const skiptoken = found.get('$skiptoken');
  if (skiptoken !== undefined) query.after = decodeCursor(skiptoken);
  return query;
}

function nextLink(url: URL, query: AuditQuery, cursor: Cursor): string {
  const parts: string[] = [];
  if (query.filter) parts.push(`$filter=${encodeURIComponent(query.filter.text)}`);
  if (query.orderby) parts.push(`$orderby=${encodeURIComponent(query.orderby.text)}`);
  if (query.top !== undefined) parts.push(`$top=${query.top}`);
  if (query.select) parts.push(`$select=${query.select.map(encodeURIComponent).join(',')}`);
  parts.push(`$skiptoken=${encodeCursor(cursor)}`);
  return `${url.origin}${url.pathname}?${parts.join('&')}`;
}

function list(call: GraphCall, tenant: Tenant, log: AuditLog): Response {
  const { url, ctx, version } = call;
  const { refusedQueryOptions, pageSizeCap, emptyFirstPage } = tenant.settings();
  refuseOptions(url, refusedQueryOptions);
  const query = parseQuery(call);
  const context = collectionContext(url, version, query.select, AUDIT_EVENTS);
  if (emptyFirstPage && query.after === undefined) {
    return jsonResponse(200, { '@odata.context': context, value: [], '@odata.nextLink': nextLink(url, query, { at: query.orderby?.descending ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER, seq: 0 }) }, ctx);
  }
  const page = log.page(tenant.now(), {
    keep: query.filter?.keep ?? (() => true),
    descending: query.orderby?.descending ?? false,
    ...(query.after ? { after: query.after } : {}),
    top: Math.min(query.top ?? DEFAULT_PAGE_SIZE, pageSizeCap ?? Infinity),
  });
  return jsonResponse(200, {
    '@odata.context': context,
    value: page.items.map((event) => auditEventView(event, version, query.select)),
    ...(page.next ? { '@odata.nextLink': nextLink(url, query, page.next) } : {}),
  }, ctx);
}
