/**
 * The simulator's own API under /graph/_simulator/: reset the tenant, script faults, change
 * settings, read the whole state, add and inspect apps. No auth, no latency, no faults: tests and
 * the demo panel must always be able to reach it.
 */
import type { NewApp } from './app-catalog.ts';
import { parseAppSpecs } from './app-specs.ts';
import { badRequest, GraphHttpError, jsonResponse, noContent, type RequestContext } from './errors.ts';
import { parseFaultSpec, type Fault, type FaultList } from './faults.ts';
import { parseRawTokens } from './raw-tokens.ts';
import { readJson } from './routes.ts';
import { mergeSettings, type SimulatorSettings } from './settings.ts';
import { MAX_TOKENS_PER_TENANT, type VppTokenEntity } from './vpp-token.ts';

export interface ControlTarget {
  reset(count?: number, options?: { withApps?: boolean }): void;
  tokens(): VppTokenEntity[];
  faults: FaultList;
  getSettings(): SimulatorSettings;
  setSettings(settings: SimulatorSettings): void;
  throttledWrites(): number;
  /** Stores raw entities as given, unchecked; answers their ids. */
  put(entities: VppTokenEntity[]): string[];
  /** Every app (or the token's) as beta shows it, all properties. */
  apps(tokenId?: string): Record<string, unknown>[];
  addApps(apps: NewApp[]): string[];
  appExists(id: string): boolean;
  token(id: string): VppTokenEntity | undefined;
  /** Adds `count` events about the token to the audit log, spread over the last `days` days. */
  addAuditEvents(tokenId: string, count: number, days: number): void;
}

export interface SimulatorState {
  tokens: VppTokenEntity[];
  settings: SimulatorSettings;
  faults: Fault[];
  /** Writes answered 429 under settings.writeLimit since the last reset. */
  throttledWrites: number;
}

function notFound(path: string): GraphHttpError {
  return new GraphHttpError(404, 'NotFound', `No simulator control route '${path}'. Routes: reset, faults, settings, state, tokens, apps, audit.`);
}

function methodNotAllowed(method: string, path: string): GraphHttpError {
  return new GraphHttpError(405, 'MethodNotAllowed', `The HTTP method '${method}' is not allowed on '${path}'.`);
}

/** `route` is the path after /graph/_simulator, e.g. "/faults". */
export async function handleControl(
  request: Request,
  route: string,
  ctx: RequestContext,
  target: ControlTarget,
): Promise<Response> {
  const method = request.method.toUpperCase();
  const path = route.replace(/\/+$/, '') || '/';
  switch (path) {
    case '/reset': {
      if (method !== 'POST') throw methodNotAllowed(method, path);
      const body = await readJson(request, true);
      let count: number | undefined;
      let withApps = true;
      if (body !== undefined) {
        if (typeof body !== 'object' || body === null || Array.isArray(body)) throw badRequest('Reset takes an object such as { "tokens": 3000 }.');
        for (const key of Object.keys(body)) if (key !== 'tokens' && key !== 'apps') throw badRequest(`Unknown reset option '${key}'.`);
        const apps = (body as { apps?: unknown }).apps;
        if (apps !== undefined && typeof apps !== 'boolean') throw badRequest(`'apps' must be true or false.`);
        withApps = apps !== false;
        const tokens = (body as { tokens?: unknown }).tokens;
        if (tokens !== undefined) {
          if (typeof tokens !== 'number' || !Number.isInteger(tokens) || tokens < 0 || tokens > MAX_TOKENS_PER_TENANT) {
            throw badRequest(`'tokens' must be a whole number from 0 to ${MAX_TOKENS_PER_TENANT}.`);
          }
          count = tokens;
        }
      }
      target.reset(count, { withApps });
      return jsonResponse(200, { tokens: target.tokens().length }, ctx);
    }
    case '/faults': {
      if (method === 'GET') return jsonResponse(200, { faults: target.faults.list() }, ctx);
      if (method === 'DELETE') {
        target.faults.clear();
        return noContent(ctx);
      }
      if (method !== 'POST') throw methodNotAllowed(method, path);
      const body = await readJson(request);
      // One fault or a list of them; validate all before adding any.
      const specs = (Array.isArray(body) ? body : [body]).map(parseFaultSpec);
      const added = specs.map((spec) => target.faults.add(spec));
      return jsonResponse(201, { faults: added }, ctx);
    }
    case '/settings': {
      if (method === 'GET') return jsonResponse(200, target.getSettings(), ctx);
      if (method !== 'POST' && method !== 'PATCH') throw methodNotAllowed(method, path);
      target.setSettings(mergeSettings(target.getSettings(), await readJson(request)));
      return jsonResponse(200, target.getSettings(), ctx);
    }
    case '/tokens': {
      if (method !== 'POST') throw methodNotAllowed(method, path);
      return jsonResponse(201, { ids: target.put(parseRawTokens(await readJson(request))) }, ctx);
    }
    case '/apps': {
      if (method === 'GET') {
        const tokenId = new URL(request.url).searchParams.get('vppTokenId') ?? undefined;
        return jsonResponse(200, { apps: target.apps(tokenId) }, ctx);
      }
      if (method !== 'POST') throw methodNotAllowed(method, path);
      // An id given twice in one request counts as taken the second time.
      const named = new Set<string>();
      const specs = parseAppSpecs(await readJson(request), {
        now: ctx.now(),
        token: (id) => target.token(id),
        appExists: (id) => target.appExists(id) || named.size === named.add(id.toLowerCase()).size,
      });
      return jsonResponse(201, { ids: target.addApps(specs) }, ctx);
    }
    case '/audit': {
      if (method !== 'POST') throw methodNotAllowed(method, path);
      const body = await readJson(request);
      const { tokenId, count, days } = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
      if (typeof tokenId !== 'string' || !target.token(tokenId)) throw badRequest(`'tokenId' must name a token the simulator holds.`);
      if (typeof count !== 'number' || !Number.isInteger(count) || count < 1 || count > 10_000) throw badRequest(`'count' must be a whole number from 1 to 10000.`);
      if (typeof days !== 'number' || !(days > 0) || days > 365) throw badRequest(`'days' must be a number of days from above 0 to 365.`);
      target.addAuditEvents(tokenId, count, days);
      return noContent(ctx);
    }
    case '/state': {
      if (method !== 'GET') throw methodNotAllowed(method, path);
      const state: SimulatorState = {
        tokens: target.tokens(),
        settings: target.getSettings(),
        faults: target.faults.list(),
        throttledWrites: target.throttledWrites(),
      };
      return jsonResponse(200, state, ctx);
    }
    default:
      throw notFound(path);
  }
}
