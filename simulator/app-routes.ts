/**
 * deviceAppManagement/mobileApps: the list (with a type `$filter`), one app, a VPP app's
 * assignedLicenses and the iOS VPP app's revokes, with Graph's answers per version. Auth (the apps
 * permissions), latency and faults have already run when these are called.
 *
 * Paths follow the metadata: assignedLicenses is declared on the VPP app types, so it needs the cast
 * (`/mobileApps/{id}/microsoft.graph.iosVppApp/assignedLicenses`). The revokes are bound to iosVppApp
 * and are taken with the cast and, as their doc pages write them, without it.
 */
import { appNotFound, badRequest, GraphHttpError, jsonResponse, noContent, segmentNotFound } from './errors.ts';
import {
  appProperties,
  appView,
  derivedSelectable,
  IOS_VPP_APP,
  licenseType,
  licenseView,
  MOBILE_APP,
  projectEntity,
  VPP_APP_TYPES,
  visibleIn,
  type RevokeTarget,
} from './mobile-app.ts';
import type { AppSnapshot } from './app-store.ts';
import { appOperation, APPS_METADATA, type ApiVersion, type AppsOperationSummary } from './metadata.ts';
import { buildNextLink, collectionContext, DEFAULT_PAGE_SIZE, entityContext, parseQuery, type QueryTarget } from './odata.ts';
import { methodNotAllowed, notImplemented, readJson, refuseOptions, type GraphCall, type Tenant } from './routes.ts';
import { validateParameters } from './validate.ts';

const MOBILE_APPS = 'deviceAppManagement/mobileApps';

/** Whether the path segments after /graph/{version} name mobileApps (or something under it). */
export function isMobileAppsPath(segments: readonly string[]): boolean {
  return segments[0]?.toLowerCase() === 'deviceappmanagement' && segments[1]?.toLowerCase() === 'mobileapps';
}

export async function routeMobileApps(call: GraphCall, tenant: Tenant): Promise<Response> {
  const { request, segments, version } = call;
  const [, , id, next, last, ...rest] = segments;
  if (rest.length > 0) throw segmentNotFound(rest[0] ?? '');
  const method = request.method.toUpperCase();

  if (id === undefined) {
    if (method === 'GET') return list(call, tenant);
    if (method === 'POST') throw notImplemented('adding apps');
    throw methodNotAllowed(method);
  }
  if (next === undefined) {
    if (method === 'GET') return get(call, tenant, appIn(tenant, version, id));
    if (method === 'PATCH' || method === 'DELETE') throw notImplemented('changing or deleting apps');
    throw methodNotAllowed(method);
  }
  const cast = castIn(next, version);
  if (cast === undefined) {
    // Bare: only the iOS revokes, as their doc pages write them.
    if (last !== undefined) throw segmentNotFound(next);
    const op = appOperation(version, operationName(next), IOS_VPP_APP);
    if (!op) throw segmentNotFound(next);
    const app = appIn(tenant, version, id);
    if (app.app.type !== IOS_VPP_APP) {
      throw badRequest(`The action '${op.name}' is bound to ${IOS_VPP_APP}; the app '${app.app.id}' is a ${app.app.type}.`);
    }
    return revoke(call, tenant, app, op);
  }
  // A cast to a type the app is not finds no app, as in OData.
  const app = appIn(tenant, version, id);
  if (app.app.type !== cast) throw appNotFound(id);
  if (last === undefined) {
    if (method === 'GET') return get(call, tenant, app);
    throw methodNotAllowed(method);
  }
  if (last.toLowerCase() === 'assignedlicenses' && 'assignedLicenses' in (APPS_METADATA[version].entityTypes[cast]?.navigationProperties ?? {})) {
    if (method !== 'GET') throw methodNotAllowed(method);
    return assignedLicenses(call, tenant, app);
  }
  const op = appOperation(version, operationName(last), cast);
  if (!op) throw segmentNotFound(last);
  return revoke(call, tenant, app, op);
}

/** The VPP app type a segment casts to in this version, any case; undefined when it is no cast. */
function castIn(segment: string, version: ApiVersion): string | undefined {
  const type = VPP_APP_TYPES.find((name) => name.toLowerCase() === segment.toLowerCase());
  if (type === undefined) return undefined;
  if (!visibleIn(version, type)) throw segmentNotFound(segment);
  return type;
}

function operationName(segment: string): string {
  return /^(?:microsoft\.graph\.)?([A-Za-z]+)$/i.exec(segment)?.[1] ?? segment;
}

/** The app, if this version can show it (v1.0 has no macOsVppApp). */
function appIn({ apps }: Tenant, version: ApiVersion, id: string): AppSnapshot {
  const found = apps.get(id);
  if (!found || !visibleIn(version, found.app.type)) throw appNotFound(id);
  return found;
}

/**
 * `$filter` as far as the simulator honours it: `isof('<VPP app type>')`, alone or joined with `or`,
 * each type one this version declares. Whether Graph itself filters mobileApps by type is not
 * documented; the setting refusedQueryOptions: ["$filter"] makes the simulator refuse it.
 */
function parseTypeFilter(version: ApiVersion): (value: string) => string[] {
  return (value) => {
    const refuse = () =>
      badRequest(`Invalid $filter '${value}': the simulator takes only isof('<type>') of ${VPP_APP_TYPES.filter((t) => visibleIn(version, t)).join(', ')}, joined with 'or'.`);
    const unwrapped = value.trim().replace(/^\((.*)\)$/s, '$1');
    return unwrapped.split(/\s+or\s+/i).map((term) => {
      const type = /^\(?\s*isof\(\s*'([^']+)'\s*\)\s*\)?$/i.exec(term.trim())?.[1];
      if (type === undefined || !VPP_APP_TYPES.includes(type) || !visibleIn(version, type)) throw refuse();
      return type;
    });
  };
}

function appTarget(version: ApiVersion): QueryTarget {
  return {
    version,
    entitySet: MOBILE_APPS,
    typeName: MOBILE_APP,
    properties: appProperties(version, MOBILE_APP),
    derived: derivedSelectable(version),
    typeFilter: parseTypeFilter(version),
  };
}

/** The app as the version shows it, with what its token says now. */
function present({ store }: Tenant, { app, usedLicenseCount }: AppSnapshot, version: ApiVersion, select?: readonly string[]) {
  const token = app.vppTokenId ? store.get(app.vppTokenId) : undefined;
  return projectEntity(appView(app, usedLicenseCount, token), app.type, version, select);
}

function list({ url, ctx, version }: GraphCall, tenant: Tenant): Response {
  const { refusedQueryOptions, pageSizeCap, emptyFirstPage } = tenant.settings();
  refuseOptions(url, refusedQueryOptions);
  const query = parseQuery(url.searchParams, appTarget(version), 'collection');
  const context = collectionContext(url, version, query.select, MOBILE_APPS);
  if (emptyFirstPage && query.after === undefined) {
    return jsonResponse(200, { '@odata.context': context, value: [], '@odata.nextLink': buildNextLink(url, query, 0) }, ctx);
  }
  const top = Math.min(query.top ?? DEFAULT_PAGE_SIZE, pageSizeCap ?? Infinity);
  const types = query.filter?.types;
  const keep = (type: string) => visibleIn(version, type) && (types === undefined || types.includes(type));
  const page = tenant.apps.page(query.after ?? 0, top, keep);
  return jsonResponse(200, {
    '@odata.context': context,
    value: page.items.map((snapshot) => present(tenant, snapshot, version, query.select)),
    ...(page.more ? { '@odata.nextLink': buildNextLink(url, query, page.lastSeq) } : {}),
  }, ctx);
}

function get({ url, ctx, version }: GraphCall, tenant: Tenant, snapshot: AppSnapshot): Response {
  refuseOptions(url, tenant.settings().refusedQueryOptions);
  const query = parseQuery(url.searchParams, appTarget(version), 'entity');
  const context = entityContext(url, version, query.select, `${MOBILE_APPS}/${snapshot.app.type}`);
  return jsonResponse(200, { '@odata.context': context, ...present(tenant, snapshot, version, query.select) }, ctx);
}

function assignedLicenses({ url, ctx, version }: GraphCall, { apps, settings }: Tenant, { app }: AppSnapshot): Response {
  const { refusedQueryOptions, pageSizeCap } = settings();
  refuseOptions(url, refusedQueryOptions);
  const base = licenseType(app.type);
  const derived = APPS_METADATA[version].entityTypes[base]?.derived ?? [];
  const query = parseQuery(url.searchParams, {
    version,
    entitySet: `${MOBILE_APPS}/${app.type}/assignedLicenses`,
    typeName: base,
    properties: appProperties(version, base),
    derived: Object.fromEntries(derived.map((type) => [type, appProperties(version, type)])),
  }, 'collection');
  const top = Math.min(query.top ?? DEFAULT_PAGE_SIZE, pageSizeCap ?? Infinity);
  const page = apps.licenses(app.id, query.after ?? 0, top);
  if (!page) throw appNotFound(app.id);
  const value = page.items.map((license) => {
    const view = licenseView(license, app.type);
    return projectEntity(view, String(view['@odata.type']).slice(1), version, query.select);
  });
  return jsonResponse(200, {
    '@odata.context': collectionContext(url, version, query.select, `${MOBILE_APPS}('${app.id}')/${app.type}/assignedLicenses`),
    value,
    ...(page.more ? { '@odata.nextLink': buildNextLink(url, query, page.lastSeq) } : {}),
  }, ctx);
}

/**
 * revokeAllLicenses, revokeUserLicense, revokeDeviceLicense: 204 at once; Apple frees the licenses
 * `revokeDelayMs` later or refuses (setting `revokeFailure`, or `expiredVppToken` for an app whose
 * token has expired), and the app's revokeLicenseActionResults say which. A user or device holding
 * no license of the app is a 404, as for any resource that is not there.
 */
async function revoke({ request, ctx }: GraphCall, { apps, store, settings, now }: Tenant, { app }: AppSnapshot, op: AppsOperationSummary): Promise<Response> {
  if (request.method.toUpperCase() !== 'POST') throw methodNotAllowed(request.method.toUpperCase());
  const body = await readJson(request, true);
  validateParameters(op, body);
  const values = body as Record<string, unknown>;
  const target = revokeTarget(op.name, values);
  const { revokeDelayMs, revokeFailure } = settings();
  const token = app.vppTokenId ? store.get(app.vppTokenId) : undefined;
  const failure = revokeFailure ?? (token?.state === 'expired' ? 'expiredVppToken' : null);
  if (apps.startRevoke(app.id, target, now() + revokeDelayMs, failure) === undefined) {
    const holder = target.kind === 'user' ? `user '${target.userId}'` : target.kind === 'device' ? `device '${target.managedDeviceId}'` : '';
    throw new GraphHttpError(404, 'ResourceNotFound', `No license of app '${app.id}' is assigned to ${holder}.`, { intune: true });
  }
  return noContent(ctx);
}

function revokeTarget(name: string, values: Record<string, unknown>): RevokeTarget {
  const required = (parameter: string): string => {
    const value = values[parameter];
    // Nullable in the metadata, as Edm.String parameters are by default; Intune needs to know whose license.
    if (typeof value !== 'string' || value.trim() === '') throw badRequest(`The parameter '${parameter}' of action '${name}' is required.`);
    return value;
  };
  if (name === 'revokeUserLicense') return { kind: 'user', userId: required('userId') };
  if (name === 'revokeDeviceLicense') return { kind: 'device', managedDeviceId: required('managedDeviceId') };
  return { kind: 'all' };
}
