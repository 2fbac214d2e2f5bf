/**
 * deviceAppManagement/vppTokens: list, get, create, update, delete and the token's operations, with
 * Graph's answers per version. Auth, latency and faults have already run when these are called.
 */
import {
  badRequest,
  GraphHttpError,
  invalidValue,
  jsonResponse,
  noContent,
  segmentNotFound,
  tokenNotFound,
  type RequestContext,
} from './errors.ts';
import { buildNextLink, collectionContext, DEFAULT_PAGE_SIZE, entityContext, parseQuery, project, serviceRoot, tokenTarget } from './odata.ts';
import type { SimulatorSettings } from './settings.ts';
import type { AppStore } from './app-store.ts';
import type { TokenStore } from './store.ts';
import type { DecodedTokenFile } from './token-file.ts';
import { operation as declaredOperation, type OperationSummary } from './metadata.ts';
import { parseJsonBody, validateParameters, validateTokenBody } from './validate.ts';
import { MAX_TOKENS_PER_TENANT, NEVER, type ApiVersion, type VppTokenEntity } from './vpp-token.ts';

export interface Tenant {
  store: TokenStore;
  apps: AppStore;
  settings: () => SimulatorSettings;
  now: () => number;
}

export interface GraphCall {
  request: Request;
  url: URL;
  ctx: RequestContext;
  version: ApiVersion;
  /** Decoded path segments after /graph/{version}, with `vppTokens('id')` split into two. */
  segments: string[];
}

export function splitPath(path: string): string[] {
  const segments: string[] = [];
  for (const raw of path.split('/')) {
    if (raw === '') continue;
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      throw badRequest(`The path segment '${raw}' is not valid URL encoding.`);
    }
    const key = /^([^(]+)\('([^']*)'\)$/.exec(segment);
    if (key?.[1] !== undefined && key[2] !== undefined) segments.push(key[1], key[2]);
    else segments.push(segment);
  }
  return segments;
}

/**
 * The bound operation a path segment calls in this version, if any: Graph accepts the name bare or
 * namespace-qualified, any case, and a function with its parameters in parentheses. A name that
 * only the other version declares is a segment this version does not know (400), not a token id.
 */
function operationIn(segment: string, version: ApiVersion, boundTo: OperationSummary['boundTo']): OperationSummary | 'otherVersion' | undefined {
  const name = /^(?:microsoft\.graph\.)?([A-Za-z]+)(?:\(.*\))?$/i.exec(segment)?.[1];
  if (name === undefined) return undefined;
  const declared = declaredOperation(version, name);
  if (declared?.boundTo === boundTo) return declared;
  const other = declaredOperation(version === 'beta' ? 'v1.0' : 'beta', name);
  return other?.boundTo === boundTo ? 'otherVersion' : undefined;
}

/** A call Graph declares but the simulator does not carry out. */
export function notImplemented(what: string): GraphHttpError {
  return new GraphHttpError(501, 'NotImplemented', `The simulator does not implement ${what}; see simulator/README.md.`);
}

/** Actions are POSTed, functions are read with GET. */
function requireMethodFor(op: OperationSummary, method: string): void {
  if (method !== (op.kind === 'Action' ? 'POST' : 'GET')) throw methodNotAllowed(method);
}

export function methodNotAllowed(method: string): GraphHttpError {
  return new GraphHttpError(405, 'MethodNotAllowed', `The HTTP method '${method}' is not allowed on this resource.`);
}

/** Reads a JSON body; Graph refuses JSON that is not labelled as such. */
export async function readJson(request: Request, optional = false): Promise<unknown> {
  const text = await request.text();
  if (text.trim() === '') {
    if (optional) return undefined;
    throw badRequest('The request body is empty; expected a JSON object.');
  }
  const type = request.headers.get('content-type') ?? '';
  if (!/json/i.test(type)) {
    throw badRequest(
      'Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.',
    );
  }
  return parseJsonBody(text);
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

/** What a new token file changes on a token: Apple's organization, expiry, and so its state. */
function fromTokenFile(file: DecodedTokenFile, now: number): Partial<VppTokenEntity> {
  return {
    organizationName: file.orgName,
    expirationDateTime: file.expirationDateTime,
    state: file.expirationMs <= now ? 'expired' : 'valid',
    ...(file.locationName !== undefined ? { locationName: file.locationName } : {}),
  };
}

function refuseDuplicate(store: TokenStore, file: DecodedTokenFile, exceptId?: string): void {
  const existing = store.findBySecret(file.token, exceptId);
  if (existing !== undefined) {
    throw new GraphHttpError(
      409,
      'Conflict',
      `The uploaded VPP token has the same location as the existing token '${existing}' (duplicate location). ` +
        'Renew that token instead of uploading the file again.',
      { intune: true },
    );
  }
}

export async function routeVppTokens(call: GraphCall, tenant: Tenant): Promise<Response> {
  const { request, segments, version } = call;
  const [first, second, id, action, ...rest] = segments;
  if (first === undefined) throw badRequest('No resource was named in the request URL.');
  if (first.toLowerCase() !== 'deviceappmanagement') throw segmentNotFound(first);
  if (second === undefined) throw segmentNotFound(first);
  if (second.toLowerCase() !== 'vpptokens') throw segmentNotFound(second);
  if (rest.length > 0) throw segmentNotFound(rest[0] ?? '');
  const method = request.method.toUpperCase();

  if (id === undefined) {
    if (method === 'GET') return list(call, tenant);
    if (method === 'POST') return create(call, tenant);
    throw methodNotAllowed(method);
  }
  if (action === undefined) {
    const op = operationIn(id, version, 'collection');
    if (op === 'otherVersion') throw segmentNotFound(id);
    if (op) {
      requireMethodFor(op, method);
      if (op.name === 'syncLicenseCounts') return noContent(call.ctx);
      if (op.name === 'getLicensesForApp') return getLicensesForApp(call, tenant, id);
      throw notImplemented(`'${op.name}'`);
    }
    if (method === 'GET') return get(call, tenant, id);
    if (method === 'PATCH') return update(call, tenant, id);
    if (method === 'DELETE') return remove(call, tenant, id);
    throw methodNotAllowed(method);
  }
  const op = operationIn(action, version, 'entity');
  if (op === undefined || op === 'otherVersion') throw segmentNotFound(action);
  requireMethodFor(op, method);
  if (op.name === 'syncLicenses') return syncLicenses(call, tenant, id);
  if (op.name === 'revokeLicenses') return revokeLicenses(call, tenant, id, op);
  throw notImplemented(`'${op.name}'`);
}

function list({ url, ctx, version }: GraphCall, { store, settings }: Tenant): Response {
  const { refusedQueryOptions, pageSizeCap, emptyFirstPage } = settings();
  refuseOptions(url, refusedQueryOptions);
  const query = parseQuery(url.searchParams, tokenTarget(version), 'collection');
  const context = collectionContext(url, version, query.select);
  if (emptyFirstPage && query.after === undefined) {
    return jsonResponse(200, { '@odata.context': context, value: [], '@odata.nextLink': buildNextLink(url, query, 0) }, ctx);
  }
  const top = Math.min(query.top ?? DEFAULT_PAGE_SIZE, pageSizeCap ?? Infinity);
  const page = store.page(query.after ?? 0, top);
  return jsonResponse(200, {
    '@odata.context': context,
    value: page.items.map((token) => project(token, version, query.select)),
    ...(page.more ? { '@odata.nextLink': buildNextLink(url, query, page.lastSeq) } : {}),
  }, ctx);
}

/** A query option this Graph is set to refuse, refused as Graph refuses one: a 400 that names it. */
export function refuseOptions(url: URL, refused: readonly string[]) {
  for (const key of url.searchParams.keys()) {
    const option = key.startsWith('$') ? key.toLowerCase() : `$${key.toLowerCase()}`;
    if (refused.includes(option)) throw badRequest(`Query option '${option}' is not allowed on this resource.`);
  }
}

function get({ url, ctx, version }: GraphCall, { store, settings }: Tenant, id: string): Response {
  refuseOptions(url, settings().refusedQueryOptions);
  const query = parseQuery(url.searchParams, tokenTarget(version), 'entity');
  const token = store.get(id);
  if (!token) throw tokenNotFound(id);
  return jsonResponse(200, { '@odata.context': entityContext(url, version, query.select), ...project(token, version, query.select) }, ctx);
}

async function create(call: GraphCall, { store, now }: Tenant): Promise<Response> {
  const { request, url, ctx, version } = call;
  const { changes, tokenFile } = validateTokenBody(await readJson(request), version);
  if (!tokenFile) throw invalidValue('token', 'the content of an Apple .vpptoken file is required to add a token.');
  if (store.size >= MAX_TOKENS_PER_TENANT) {
    throw badRequest(`This tenant already has ${MAX_TOKENS_PER_TENANT} VPP tokens, the most Intune allows.`, { intune: true });
  }
  refuseDuplicate(store, tokenFile);
  const at = now();
  const entity: VppTokenEntity = {
    id: crypto.randomUUID(),
    organizationName: tokenFile.orgName,
    vppTokenAccountType: 'business',
    appleId: null,
    expirationDateTime: tokenFile.expirationDateTime,
    lastSyncDateTime: NEVER,
    token: changes.token ?? null,
    lastModifiedDateTime: iso(at),
    state: 'valid',
    tokenActionResults: [],
    lastSyncStatus: 'none',
    automaticallyUpdateApps: false,
    countryOrRegion: 'us',
    dataSharingConsentGranted: false,
    displayName: null,
    locationName: tokenFile.locationName ?? tokenFile.orgName,
    claimTokenManagementFromExternalMdm: false,
    roleScopeTagIds: ['0'],
    appleDeviceAppDeliveryProtocolType: 'default',
    ...changes,
    ...fromTokenFile(tokenFile, at),
  };
  const created = store.insert(entity);
  const location = `${serviceRoot(url, version)}/deviceAppManagement/vppTokens('${created.id}')`;
  return jsonResponse(201, { '@odata.context': entityContext(url, version), ...project(created, version) }, ctx, {
    Location: location,
  });
}

async function update(call: GraphCall, { store, now, settings }: Tenant, id: string): Promise<Response> {
  const { request, url, ctx, version } = call;
  if (!store.get(id)) throw tokenNotFound(id);
  const { changes, tokenFile } = validateTokenBody(await readJson(request), version);
  const at = now();
  if (tokenFile) refuseDuplicate(store, tokenFile, id);
  const updated = store.update(id, {
    ...changes,
    ...(tokenFile ? fromTokenFile(tokenFile, at) : {}),
    lastModifiedDateTime: iso(at),
  });
  if (!updated) throw tokenNotFound(id);
  if (settings().patchAnswers === 204) return noContent(ctx);
  return jsonResponse(200, { '@odata.context': entityContext(url, version), ...project(updated, version) }, ctx);
}

/** Intune deletes the token's apps with it (and their assignments; licenses can no longer be revoked). */
function remove({ ctx }: GraphCall, { store, apps }: Tenant, id: string): Response {
  if (!store.delete(id)) throw tokenNotFound(id);
  apps.deleteOfToken(id);
  return noContent(ctx);
}

function syncLicenses({ url, ctx, version }: GraphCall, { store, settings }: Tenant, id: string): Response {
  const { syncDurationMs, syncResult } = settings();
  const token = store.startSync(id, syncDurationMs, syncResult);
  if (!token) throw tokenNotFound(id);
  return jsonResponse(200, { '@odata.context': `${serviceRoot(url, version)}/$metadata#microsoft.graph.vppToken`, ...project(token, version) }, ctx);
}

/**
 * Apple frees every license of the token's apps `revokeDelayMs` later, or refuses: with the reason
 * set in `revokeFailure`, else `expiredVppToken` when the token has expired.
 */
async function revokeLicenses({ request, ctx }: GraphCall, { store, apps, now, settings }: Tenant, id: string, op: OperationSummary): Promise<Response> {
  const token = store.get(id);
  if (!token) throw tokenNotFound(id);
  validateParameters(op, await readJson(request, true));
  const { revokeDelayMs, revokeFailure } = settings();
  const failure = revokeFailure ?? (token.state === 'expired' ? 'expiredVppToken' : null);
  const completesAt = now() + revokeDelayMs;
  store.startRevoke(id, apps.startTokenRevoke(id, completesAt, failure), completesAt, failure);
  return noContent(ctx);
}

/**
 * One app's licenses on every token that holds it: a vppTokenLicenseSummary per token, the app's
 * iOS and macOS editions summed. A missing or null bundleId matches no app. Bundle ids are
 * compared without regard to case.
 */
function getLicensesForApp({ url, ctx, version }: GraphCall, { store, apps }: Tenant, segment: string): Response {
  const bundleId = functionParameter(segment, 'bundleId');
  const perToken = new Map<string, { used: number; total: number }>();
  for (const { app, usedLicenseCount } of bundleId === null ? [] : apps.withBundleId(bundleId)) {
    if (!app.vppTokenId) continue;
    const sums = perToken.get(app.vppTokenId) ?? { used: 0, total: 0 };
    sums.used += usedLicenseCount;
    sums.total += app.totalLicenseCount as number;
    perToken.set(app.vppTokenId, sums);
  }
  const value = [...perToken].map(([vppTokenId, { used, total }]) => {
    const token = store.get(vppTokenId);
    return {
      vppTokenId,
      appleId: token?.appleId ?? null,
      organizationName: token?.organizationName ?? null,
      availableLicenseCount: Math.max(0, total - used),
      usedLicenseCount: used,
    };
  });
  return jsonResponse(200, { '@odata.context': `${serviceRoot(url, version)}/$metadata#Collection(microsoft.graph.vppTokenLicenseSummary)`, value }, ctx);
}

/**
 * A function's string parameter from its segment, `name(bundleId='a''b')` (OData doubles a quote
 * inside a literal); null when left out or given as null.
 */
export function functionParameter(segment: string, name: string): string | null {
  const inside = /\((.*)\)$/.exec(segment)?.[1] ?? '';
  if (inside.trim() === '') return null;
  const match = /^\s*([A-Za-z]+)\s*=\s*(?:'((?:[^']|'')*)'|(null))\s*$/.exec(inside);
  if (!match || match[1] !== name) throw badRequest(`The function takes one parameter, ${name}='...'; got '${inside}'.`);
  return match[2] === undefined ? null : match[2].replace(/''/g, "'");
}
