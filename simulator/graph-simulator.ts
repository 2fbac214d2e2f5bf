/**
 * The simulator's one entry point: `handle(request) -> response` over an in-memory tenant, with
 * Fetch API types only, so the Vite dev and preview servers, MSW in unit tests and Playwright all
 * see exactly the same Graph.
 *
 * A request under /graph/{version}/ goes through: latency -> bearer token and `authorize` ->
 * scope check -> scripted faults -> the route. A dropped-connection fault answers
 * `Response.error()` (status 0, type "error"); see faults.ts.
 */
import type { VppToken } from '@microsoft/microsoft-graph-types-beta';
import { AppStore, type AppSnapshot } from './app-store.ts';
import { isMobileAppsPath, routeMobileApps } from './app-routes.ts';
import { appView } from './mobile-app.ts';
import { APP_SCOPES, AUDIT_SCOPES, authenticate, demoAuthorize, requireScope, TOKEN_SCOPES, type AuthDecision, type Authorize } from './auth.ts';
import { actorFromBearer, AuditLog, bearerIn, type AuditActor, type AuditEvent } from './audit-events.ts';
import { withAudit } from './audit-recorder.ts';
import { isAuditPath, routeAuditEvents } from './audit-routes.ts';
import { busyHistory, seedAuditEvents } from './audit-seed.ts';
import { failedDependencyError, innerRequest, parseBatch, runBatch } from './batch.ts';
import { handleControl } from './control.ts';
import { badRequest, errorResponse, GraphHttpError, jsonResponse, type RequestContext } from './errors.ts';
import { faultError, FaultList, isSuccessFault, reshapeAnswer } from './faults.ts';
import { generateApps, generateTokens } from './generate.ts';
import { serviceRoot } from './odata.ts';
import { readJson, routeVppTokens, splitPath, type GraphCall, type Tenant } from './routes.ts';
import { seedApps } from './seed-apps.ts';
import { seedTokens } from './seed.ts';
import { defaultSettings, type SimulatorSettings } from './settings.ts';
import { TokenStore } from './store.ts';
import { MAX_TOKENS_PER_TENANT, type ApiVersion } from './vpp-token.ts';
import { createWriteLimiter } from './write-limit.ts';

export type { AuthDecision } from './auth.ts';
export type { SimulatorSettings } from './settings.ts';

export interface SimulatorOptions {
  /** The clock (ms since epoch). Seed dates, lastModifiedDateTime and sync completion use it. */
  now?: () => number;
  /** How long syncLicenses stays inProgress; default 3000. The settings API can change it. */
  syncDurationMs?: number;
  /** How long Apple takes to free revoked licenses; default 5000. The settings API can change it. */
  revokeDelayMs?: number;
  /** How long after a write its audit event is listed; default 0. The settings API can change it. */
  auditDelayMs?: number;
  /** Decides about a bearer token. Default (demo mode): any non-empty token, all scopes. */
  authorize?: (request: Request, bearer: string) => Promise<AuthDecision>;
}

export interface GraphSimulator {
  handle(request: Request): Promise<Response>;
  /**
   * Back to the seed data, with faults and settings cleared; with `count`, exactly that many tokens
   * (the seed's first, then generated ones with about ten apps each).
   */
  /** Back to the seed, or `count` tokens; `withApps: false` leaves the tenant without apps (the bench's baseline). */
  reset(count?: number, options?: { withApps?: boolean }): void;
  /** Every token as beta shows it, for assertions. */
  state(): VppToken[];
  /** Every app as stored, with its used license count now, for assertions. */
  apps(): AppSnapshot[];
  /** Every audit event, listed yet or not, in the order recorded, for assertions. */
  auditEvents(): AuditEvent[];
}

/** The mount point: the app calls Graph through its own origin under /graph. */
export const MOUNT = '/graph';
const CONTROL = `${MOUNT}/_simulator`;

function sleep(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}

function contextFor(request: Request, url: URL, now: () => number, fallbackClientId?: string): RequestContext {
  const requestId = crypto.randomUUID();
  return {
    requestId,
    clientRequestId: request.headers.get('client-request-id') ?? fallbackClientId ?? requestId,
    url,
    now,
  };
}

function toResponse(error: unknown, ctx: RequestContext): Response {
  if (error instanceof GraphHttpError) return errorResponse(error, ctx);
  const message = error instanceof Error ? error.message : String(error);
  return errorResponse(new GraphHttpError(500, 'InternalServerError', `The simulator failed: ${message}`), ctx);
}

function isWrite(method: string): boolean {
  return !['GET', 'HEAD', 'OPTIONS'].includes(method.toUpperCase());
}

export function createGraphSimulator(options: SimulatorOptions = {}): GraphSimulator {
  const now = options.now ?? Date.now;
  const authorize: Authorize = options.authorize ?? demoAuthorize;
  const store = new TokenStore(now);
  const apps = new AppStore(now);
  const faults = new FaultList();
  const writeLimiter = createWriteLimiter();
  const auditLog = new AuditLog();
  const initialSettings = () => defaultSettings(options.syncDurationMs, options.revokeDelayMs, options.auditDelayMs);
  let settings: SimulatorSettings = initialSettings();
  const tenant: Tenant = { store, apps, settings: () => settings, now };

  function reset(count?: number, { withApps = true }: { withApps?: boolean } = {}): void {
    if (count !== undefined && (!Number.isInteger(count) || count < 0 || count > MAX_TOKENS_PER_TENANT)) {
      throw new RangeError(`reset(count): count must be a whole number from 0 to ${MAX_TOKENS_PER_TENANT}`);
    }
    const at = now();
    const seed = seedTokens(at);
    // Fewer than the seed keeps its first `count` tokens (0 gives an empty tenant).
    const generated = count === undefined ? [] : generateTokens(1, count - seed.length, at);
    const tokens = count === undefined ? seed : count <= seed.length ? seed.slice(0, count) : [...seed, ...generated];
    store.replaceAll(tokens);
    // An empty tenant has no apps of any kind; otherwise the seed's, then about ten per generated token.
    apps.replaceAll(count === 0 || !withApps ? [] : [...seedApps(at, tokens), ...generated.flatMap((token, i) => generateApps(i + 1, token, at))]);
    auditLog.replaceAll(seedAuditEvents(tokens, at));
    faults.clear();
    writeLimiter.reset();
    settings = initialSettings();
  }

  /** One Graph request, direct or from inside a $batch (which passes its auth decision down). */
  async function graph(request: Request, ctx: RequestContext, auth: AuthDecision & { ok: true }, actor: AuditActor, inBatch: boolean): Promise<Response> {
    try {
      const url = ctx.url;
      const match = /^\/graph\/([^/]+)(\/.*)?$/.exec(url.pathname);
      const version = match?.[1];
      if (version !== 'beta' && version !== 'v1.0') {
        throw badRequest(`Invalid version '${version ?? ''}': use 'beta' or 'v1.0'.`);
      }
      const path = match?.[2] ?? '/';
      const segments = splitPath(path);
      const isBatch = segments.length === 1 && segments[0] === '$batch';
      const appsPath = isMobileAppsPath(segments);
      const auditPath = isAuditPath(segments);
      // The batch envelope itself needs no particular scope; each request inside is checked.
      if (!isBatch) requireScope(auth, auditPath ? AUDIT_SCOPES : appsPath ? APP_SCOPES : TOKEN_SCOPES, isWrite(request.method));

      const fault = faults.take(request.method, path);
      if (fault && !isSuccessFault(fault)) {
        await sleep(fault.delayMs ?? 0);
        if (fault.status === 0) return Response.error();
        throw faultError(fault);
      }

      const call: GraphCall = { request, url, ctx, version, segments };
      const carryOut = async (): Promise<Response> => {
        // Each write counts on its own, inside a $batch too, as Intune throttles them.
        if (!isBatch && isWrite(request.method) && settings.writeLimit) {
          const retryAfter = writeLimiter.admit(now(), settings.writeLimit);
          if (retryAfter !== undefined) {
            throw new GraphHttpError(429, 'TooManyRequests', 'Too many requests. Please retry after the time given in the Retry-After header.', { retryAfter });
          }
        }
        if (isBatch) {
          if (inBatch) throw badRequest('A $batch cannot contain another $batch.');
          if (request.method.toUpperCase() !== 'POST') throw new GraphHttpError(405, 'MethodNotAllowed', '$batch takes POST only.');
          return await batch(request, ctx, auth, actor, version);
        }
        if (auditPath) return await routeAuditEvents(call, tenant, auditLog);
        return await withAudit({ request, segments, ctx, actor }, tenant, auditLog, () => (appsPath ? routeMobileApps : routeVppTokens)(call, tenant));
      };
      // A fault that succeeds lets the request be carried out first, then reshapes its answer.
      if (fault) return await reshapeAnswer(fault, await carryOut().catch((error: unknown) => toResponse(error, ctx)));
      return await carryOut();
    } catch (error) {
      return toResponse(error, ctx);
    }
  }

  async function batch(request: Request, ctx: RequestContext, auth: AuthDecision & { ok: true }, actor: AuditActor, version: ApiVersion): Promise<Response> {
    const items = parseBatch(await readJson(request));
    const root = serviceRoot(ctx.url, version);
    const responses = await runBatch(
      items,
      (item) => {
        const inner = innerRequest(item, root, request);
        return graph(inner, contextFor(inner, new URL(inner.url), now, ctx.clientRequestId), auth, actor, true);
      },
      (_item, dependency) => toResponse(failedDependencyError(dependency), { ...ctx, requestId: crypto.randomUUID() }),
    );
    if (!responses) return Response.error();
    return jsonResponse(200, { responses }, ctx);
  }

  async function handle(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const ctx = contextFor(request, url, now);
    try {
      if (url.pathname === CONTROL || url.pathname.startsWith(`${CONTROL}/`)) {
        return await handleControl(request, url.pathname.slice(CONTROL.length), ctx, {
          reset,
          tokens: () => store.all(),
          faults,
          getSettings: () => ({ ...settings }),
          setSettings: (next) => {
            settings = next;
          },
          throttledWrites: () => writeLimiter.throttled(),
          put: (entities) => entities.map((entity) => store.put(entity).id),
          apps: (tokenId) => (tokenId === undefined ? apps.all() : apps.ofToken(tokenId)).map(({ app, usedLicenseCount }) =>
            appView(app, usedLicenseCount, app.vppTokenId ? store.get(app.vppTokenId) : undefined),
          ),
          addApps: (specs) => specs.map((spec) => apps.insert(spec)),
          appExists: (id) => apps.get(id) !== undefined,
          token: (id) => store.get(id),
          addAuditEvents: (tokenId, count, days) => {
            for (const event of busyHistory(store.get(tokenId)!, now(), count, days)) auditLog.add(event, -Infinity);
          },
        });
      }
      if (!url.pathname.startsWith(`${MOUNT}/`)) {
        throw new GraphHttpError(404, 'NotFound', `The simulator answers only under ${MOUNT}/.`);
      }
      await sleep(settings.latencyMs);
      const auth = await authenticate(request, authorize);
      return await graph(request, ctx, auth, actorFromBearer(bearerIn(request)), false);
    } catch (error) {
      const response = toResponse(error, ctx);
      if (response.status === 401) {
        response.headers.set(
          'WWW-Authenticate',
          'Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", client_id="00000003-0000-0000-c000-000000000000"',
        );
      }
      return response;
    }
  }

  reset();
  return { handle, reset, state: () => store.all(), apps: () => apps.all(), auditEvents: () => auditLog.all() };
}
