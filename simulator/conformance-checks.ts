/**
 * Holds one Graph answer to Microsoft's metadata for vppToken (metadata.ts) and to Graph's
 * published shapes, and lists every way it differs. Pure: the conformance test walks the
 * simulator's answers and feeds them here; an empty list means the answer is one a real Graph
 * client could have received.
 *
 * Messages name the path and what was expected, never a string value that could be the token
 * secret: only short identifier-like values (enum members, dates) are quoted.
 */
import type { MetadataSummary, OperationSummary, StructuredTypeSummary } from './metadata.ts';

export interface Answer {
  status: number;
  /** Lower-case header names. */
  headers: Record<string, string>;
  /** Parsed JSON; undefined when the answer had no body. */
  body: unknown;
}

export interface Expectation {
  /** `https://graph.microsoft.com/beta`, or the simulator's `http://localhost:5173/graph/beta`. */
  serviceRoot: string;
  /** The request's `$select`, when it had one; a derived type's property cast: `microsoft.graph.iosVppApp/bundleId`. */
  select?: readonly string[];
  /** Where a nextLink must lead, when not to `{serviceRoot}/{entitySet}`: a contained collection's URL. */
  collectionUrl?: string;
  /**
   * Types derived from the entity type that the extract does not carry (webApp...): held to the
   * entity type's properties, the only ones the extract can vouch for.
   */
  outsideExtract?: readonly string[];
}

// Graph's DateTimeOffset: UTC, `Z`, up to seven fractional digits.
const UTC_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,7})?Z$/;
// innerError.date: UTC, seconds, no zone suffix.
const INNER_ERROR_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const INT32 = { min: -(2 ** 31), max: 2 ** 31 - 1 };

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function kindOf(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return 'a string';
  if (typeof value === 'number') return `the number ${value}`;
  return `a ${typeof value}`;
}

/** Short identifier-like values (enum members, dates) are quoted; anything else, a secret perhaps, is only measured. */
function quote(value: string): string {
  return value.length <= 40 && /^[\w:.+-]*$/.test(value) ? `'${value}'` : `a string of ${value.length} characters`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function isUtcDateTime(value: string): boolean {
  const match = UTC_DATE_TIME.exec(value);
  if (!match) return false;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second);
  return (
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day &&
    date.getUTCHours() === hour &&
    date.getUTCMinutes() === minute &&
    date.getUTCSeconds() === second
  );
}

/** A value of a declared type; `nullable` is the declaration's (for a collection: its items'). */
function checkValue(meta: MetadataSummary, type: string, nullable: boolean, value: unknown, path: string, out: string[]): void {
  const collection = /^Collection\((.+)\)$/.exec(type)?.[1];
  if (collection !== undefined) {
    // OData has no null collection: an empty one is [].
    if (!Array.isArray(value)) {
      out.push(`${path}: expected ${type} as an array (never null), got ${kindOf(value)}`);
      return;
    }
    value.forEach((item, index) => checkValue(meta, collection, nullable, item, `${path}[${index}]`, out));
    return;
  }
  if (value === null) {
    if (!nullable) out.push(`${path}: null, but ${type} is not nullable here`);
    return;
  }
  switch (type) {
    case 'Edm.String':
      if (typeof value !== 'string') out.push(`${path}: expected Edm.String, got ${kindOf(value)}`);
      return;
    case 'Edm.Boolean':
      if (typeof value !== 'boolean') out.push(`${path}: expected Edm.Boolean, got ${kindOf(value)}`);
      return;
    case 'Edm.Int32':
      if (typeof value !== 'number' || !Number.isInteger(value) || value < INT32.min || value > INT32.max) {
        out.push(`${path}: expected Edm.Int32, got ${kindOf(value)}`);
      }
      return;
    case 'Edm.Guid':
      if (typeof value !== 'string' || !GUID.test(value)) out.push(`${path}: expected Edm.Guid (8-4-4-4-12 hex digits), got ${typeof value === 'string' ? quote(value) : kindOf(value)}`);
      return;
    case 'Edm.DateTimeOffset':
      if (typeof value !== 'string') out.push(`${path}: expected Edm.DateTimeOffset as a string, got ${kindOf(value)}`);
      else if (!isUtcDateTime(value)) out.push(`${path}: ${quote(value)} is not an ISO 8601 date-time in UTC ending in Z`);
      return;
  }
  const enumType = meta.enumTypes[type];
  if (enumType) {
    if (typeof value !== 'string') out.push(`${path}: expected a member of ${type}, got ${kindOf(value)}`);
    else if (!enumType.members.includes(value)) {
      out.push(`${path}: ${quote(value)} is not a member of ${type} in ${meta.version} (${enumType.members.join(', ')})`);
    }
    return;
  }
  const complexType = meta.complexTypes[type];
  if (complexType) {
    checkStructured(meta, complexType, value, path, out, { typeRequired: false });
    return;
  }
  out.push(`${path}: its type ${type} is not in the ${meta.version} metadata extract, so the answer cannot be held to it`);
}

interface StructuredOptions {
  /** Entities carry `@odata.type` in Graph's answers; complex values only when derived. */
  typeRequired: boolean;
  select?: readonly string[];
  outsideExtract?: readonly string[];
  /** Annotations allowed besides `@odata.type`, e.g. `@odata.context` on a single entity. */
  annotations?: readonly string[];
}

function checkStructured(
  meta: MetadataSummary,
  declared: StructuredTypeSummary,
  value: unknown,
  path: string,
  out: string[],
  options: StructuredOptions,
): void {
  if (!isObject(value)) {
    out.push(`${path}: expected a ${declared.name} object, got ${kindOf(value)}`);
    return;
  }
  let type = declared;
  const odataType = value['@odata.type'];
  if (odataType === undefined) {
    if (options.typeRequired) out.push(`${path}: no @odata.type; Graph sends '#${declared.name}'`);
  } else if (typeof odataType !== 'string' || !odataType.startsWith('#microsoft.graph.')) {
    out.push(`${path}.@odata.type: not in Graph's form '#${declared.name}'`);
  } else {
    const named = odataType.slice(1);
    const derived = declared.derived?.includes(named) ? (meta.complexTypes[named] ?? meta.entityTypes?.[named]) : undefined;
    if (derived) type = derived;
    else if (named !== declared.name && !options.outsideExtract?.includes(named)) {
      out.push(`${path}.@odata.type: '${named}' is neither ${declared.name} nor a type derived from it`);
    }
  }

  // A cast name (`microsoft.graph.iosVppApp/bundleId`) selects the property on that type only.
  const selected = options.select
    ? new Set(['id', ...options.select.flatMap((name) => (!name.includes('/') ? [name] : name.startsWith(`${type.name}/`) ? [name.slice(type.name.length + 1)] : []))])
    : undefined;
  for (const key of Object.keys(value)) {
    if (key === '@odata.type' || options.annotations?.includes(key)) continue;
    if (key.includes('@')) out.push(`${path}: the annotation '${key}' is not one Graph sends here`);
    else if (!(key in type.properties)) out.push(`${path}.${key}: not declared on ${type.name} in ${meta.version}`);
    else if (selected && !selected.has(key)) out.push(`${path}.${key}: answered although $select did not ask for it`);
  }
  for (const [name, property] of Object.entries(type.properties)) {
    if (selected && !selected.has(name)) continue;
    if (!(name in value)) {
      out.push(`${path}.${name}: declared on ${type.name} in ${meta.version} but missing`);
      continue;
    }
    checkValue(meta, property.type, property.nullable, value[name], `${path}.${name}`, out);
  }
}

/** One entity of the set, as in a list page's `value` or an action's answer. */
export function checkEntity(
  meta: MetadataSummary,
  entity: unknown,
  path = '$',
  select?: readonly string[],
  annotations?: readonly string[],
  outsideExtract?: readonly string[],
): string[] {
  const out: string[] = [];
  checkStructured(meta, meta.entityType, entity, path, out, { typeRequired: true, select, annotations, outsideExtract });
  return out;
}

/** `{serviceRoot}/$metadata#{what}` with an optional `(names)` projection before `suffix`. */
function checkContext(context: unknown, expected: Expectation, what: string, suffix: string, out: string[]): void {
  const example = `${expected.serviceRoot}/$metadata#${what}${expected.select ? '(…)' : ''}${suffix}`;
  if (typeof context !== 'string') {
    out.push(`$.@odata.context: missing; Graph sends ${example}`);
    return;
  }
  const pattern = new RegExp(`^${escapeRegExp(`${expected.serviceRoot}/$metadata#${what}`)}(?:\\(([^)]*)\\))?${escapeRegExp(suffix)}$`);
  const match = pattern.exec(context);
  if (!match) {
    out.push(`$.@odata.context: ${quote(context)} is not Graph's ${example}`);
    return;
  }
  const projected = match[1]?.split(',');
  if (!expected.select) {
    if (projected) out.push(`$.@odata.context: names a projection although the request had no $select`);
    return;
  }
  const names = new Set(projected ?? []);
  const wanted = new Set(expected.select);
  if ([...wanted].some((name) => !names.has(name)) || [...names].some((name) => !wanted.has(name) && name !== 'id')) {
    out.push(`$.@odata.context: its projection (${[...names].join(',')}) is not the $select (${[...wanted].join(',')})`);
  }
}

function checkJsonHeaders(answer: Answer, out: string[]): void {
  if (!/^application\/json\b/i.test(answer.headers['content-type'] ?? '')) out.push(`Content-Type: not application/json`);
}

function checkStatus(answer: Answer, status: number, what: string, out: string[]): boolean {
  if (answer.status === status) return true;
  out.push(`status: ${what} answered ${answer.status}; expected ${status}`);
  return false;
}

/** A GET of one token, or the token a create or update answers with. */
export function checkEntityAnswer(meta: MetadataSummary, answer: Answer, expected: Expectation, status = 200): string[] {
  const out: string[] = [];
  if (!checkStatus(answer, status, 'the entity', out)) return out;
  checkJsonHeaders(answer, out);
  if (isObject(answer.body)) checkContext(answer.body['@odata.context'], expected, meta.entitySet, '/$entity', out);
  out.push(...checkEntity(meta, answer.body, '$', expected.select, ['@odata.context'], expected.outsideExtract));
  return out;
}

/** One page of the collection: `@odata.context`, `value`, and `@odata.nextLink` while more follow. */
export function checkPage(meta: MetadataSummary, answer: Answer, expected: Expectation): string[] {
  const out: string[] = [];
  if (!checkStatus(answer, 200, 'the list', out)) return out;
  checkJsonHeaders(answer, out);
  const body = answer.body;
  if (!isObject(body)) return [...out, `$: expected a collection object, got ${kindOf(body)}`];
  for (const key of Object.keys(body)) {
    if (!['@odata.context', 'value', '@odata.nextLink'].includes(key)) out.push(`$.${key}: not part of a Graph collection answer`);
  }
  checkContext(body['@odata.context'], expected, meta.entitySet, '', out);
  const nextLink = body['@odata.nextLink'];
  const collectionUrl = expected.collectionUrl ?? `${expected.serviceRoot}/${meta.entitySet}`;
  if (nextLink !== undefined && (typeof nextLink !== 'string' || !nextLink.startsWith(`${collectionUrl}?`))) {
    out.push(`$.@odata.nextLink: not an absolute link to ${collectionUrl}?…`);
  }
  if (!Array.isArray(body.value)) return [...out, `$.value: expected an array, got ${kindOf(body.value)}`];
  body.value.forEach((entity, index) => out.push(...checkEntity(meta, entity, `$.value[${index}]`, expected.select, undefined, expected.outsideExtract)));
  return out;
}

/** 204 No Content: no body. */
export function checkNoContent(answer: Answer, what: string): string[] {
  const out: string[] = [];
  checkStatus(answer, 204, what, out);
  if (answer.body !== undefined) out.push(`$: ${what} answered 204 with a body`);
  return out;
}

/** A bound operation's answer: the status its doc page gives and its declared return type. */
export function checkOperationAnswer(meta: MetadataSummary, op: OperationSummary, answer: Answer, expected: Expectation): string[] {
  const out: string[] = [];
  if (!checkStatus(answer, op.documentedStatus, op.name, out)) return out;
  if (op.returnType === null) {
    if (answer.body !== undefined) out.push(`$: ${op.name} returns nothing, but the answer has a body`);
    return out;
  }
  checkJsonHeaders(answer, out);
  const body = answer.body;
  if (!isObject(body)) return [...out, `$: expected ${op.returnType}, got ${kindOf(body)}`];
  // Without an EntitySetPath the result is typed, not tied to the entity set.
  const target = op.entitySetPath ?? op.returnType;
  const collection = /^Collection\((.+)\)$/.exec(op.returnType)?.[1];
  checkContext(body['@odata.context'], { serviceRoot: expected.serviceRoot }, target, '', out);
  if (collection === undefined) {
    if (op.returnType === meta.entityType.name) out.push(...checkEntity(meta, body, '$', undefined, ['@odata.context']));
    else checkValue(meta, op.returnType, false, body, '$', out);
    return out;
  }
  for (const key of Object.keys(body)) if (!['@odata.context', 'value'].includes(key)) out.push(`$.${key}: not part of a Graph collection answer`);
  if (collection === meta.entityType.name) {
    if (!Array.isArray(body.value)) return [...out, `$.value: expected an array, got ${kindOf(body.value)}`];
    body.value.forEach((entity, index) => out.push(...checkEntity(meta, entity, `$.value[${index}]`)));
  } else {
    checkValue(meta, op.returnType, false, body.value, '$.value', out);
  }
  return out;
}

/** Graph's error: `{ error: { code, message, innerError: { date, request-id, client-request-id } } }`. */
export function checkError(answer: Answer, status?: number): string[] {
  const out: string[] = [];
  if (status !== undefined) checkStatus(answer, status, 'the error', out);
  else if (answer.status < 400 || answer.status > 599) out.push(`status: ${answer.status} is not an error status`);
  checkJsonHeaders(answer, out);
  const body = answer.body;
  if (!isObject(body)) return [...out, `$: expected Graph's error object, got ${kindOf(body)}`];
  for (const key of Object.keys(body)) if (key !== 'error') out.push(`$.${key}: not part of Graph's error answer`);
  const error = body.error;
  if (!isObject(error)) return [...out, `$.error: expected an object, got ${kindOf(error)}`];
  for (const key of Object.keys(error)) {
    if (!['code', 'message', 'innerError'].includes(key)) out.push(`$.error.${key}: not part of Graph's error object`);
  }
  if (typeof error.code !== 'string' || error.code === '') out.push(`$.error.code: expected a non-empty string, got ${kindOf(error.code)}`);
  if (typeof error.message !== 'string') out.push(`$.error.message: expected a string, got ${kindOf(error.message)}`);
  const inner = error.innerError;
  if (!isObject(inner)) return [...out, `$.error.innerError: expected an object, got ${kindOf(inner)}`];
  for (const key of Object.keys(inner)) {
    if (!['date', 'request-id', 'client-request-id'].includes(key)) out.push(`$.error.innerError.${key}: not part of Graph's innerError`);
  }
  if (typeof inner.date !== 'string' || !INNER_ERROR_DATE.test(inner.date)) {
    out.push(`$.error.innerError.date: expected UTC as YYYY-MM-DDTHH:mm:ss without a zone`);
  }
  for (const key of ['request-id', 'client-request-id']) {
    if (typeof inner[key] !== 'string' || inner[key] === '') out.push(`$.error.innerError.${key}: expected a non-empty string`);
  }
  if (answer.headers['request-id'] !== undefined && answer.headers['request-id'] !== inner['request-id']) {
    out.push(`$.error.innerError.request-id: differs from the request-id header`);
  }
  return out;
}

/** The `$batch` envelope: `{ responses: [{ id, status, headers, body? }] }`, one per request id. */
export function checkBatchEnvelope(answer: Answer, ids: readonly string[]): string[] {
  const out: string[] = [];
  if (!checkStatus(answer, 200, '$batch', out)) return out;
  checkJsonHeaders(answer, out);
  const body = answer.body;
  if (!isObject(body) || !Array.isArray(body.responses)) return [...out, `$.responses: expected an array`];
  for (const key of Object.keys(body)) if (key !== 'responses') out.push(`$.${key}: not part of a $batch answer`);
  const answered = body.responses.map((item, index) => {
    if (!isObject(item)) {
      out.push(`$.responses[${index}]: expected an object`);
      return undefined;
    }
    for (const key of Object.keys(item)) {
      if (!['id', 'status', 'headers', 'body'].includes(key)) out.push(`$.responses[${index}].${key}: not part of a $batch response`);
    }
    if (typeof item.status !== 'number') out.push(`$.responses[${index}].status: expected a number`);
    if (!isObject(item.headers)) out.push(`$.responses[${index}].headers: expected an object`);
    return item.id;
  });
  const missing = ids.filter((id) => !answered.includes(id));
  if (missing.length > 0 || answered.length !== ids.length) {
    out.push(`$.responses: expected one answer for each of ${ids.join(', ')}; got ${answered.map(String).join(', ')}`);
  }
  return out;
}
