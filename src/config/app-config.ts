import { isPlainObject, readFields, type FieldsOf } from './config-fields';

export const graphScopeReadWrite = 'https://graph.microsoft.com/DeviceManagementServiceConfig.ReadWrite.All';

export type GraphConfig = {
  /** Where Graph answers: https://graph.microsoft.com in production, /graph for the embedded simulator. */
  baseUrl: string;
  version: 'beta' | 'v1.0';
  /** How long a Graph call may take before it fails as a timeout; the client's 30 s when absent. */
  timeoutMs?: number;
};

export type EntraAuthConfig = {
  clientId: string;
  authority: string;
  /** The v5 redirect bridge page; relative paths resolve against this site's origin. */
  redirectUri: string;
  scopes: string[];
  /** Extra scopes consented at sign-in, so later silent calls for them need no prompt. */
  extraScopesToConsent: string[];
  /** Hosts MSAL may trust without asking Microsoft's instance discovery (needed for non-Entra authorities). */
  knownAuthorities: string[];
  protocolMode: 'AAD' | 'OIDC';
  interaction: 'redirect' | 'popup';
  /** How long before expiry MSAL renews an access token; MSAL's default is 300 seconds. */
  tokenRenewalOffsetSeconds?: number;
};

export type AppConfig = { mode: 'demo'; graph: GraphConfig } | { mode: 'entra'; graph: GraphConfig; auth: EntraAuthConfig };

export type ConfigResult = { ok: true; config: AppConfig } | { ok: false; problems: string[] };

/** Build-time settings (Vite's VITE_ variables), for hosts that bake one tenant into the build. */
export type BuildEnv = Record<string, string | boolean | undefined>;

// Checked by hand rather than with zod: this runs before the first render, and zod would be the
// largest library in the first download after React and MSAL.
const graphFields: FieldsOf<GraphConfig> = {
  baseUrl: {
    kind: 'string',
    test: (v) => v.startsWith('/') || /^https:\/\/|^http:\/\/(localhost|127\.0\.0\.1)[:/]/.test(v),
    reason: 'must be https://… (or a path on this site, like /graph)',
  },
  version: { kind: 'choice', choices: ['beta', 'v1.0'], fallback: 'beta' },
  timeoutMs: { kind: 'integer', min: 1000, max: 300_000, optional: true },
};

const entraAuthFields: FieldsOf<EntraAuthConfig> = {
  clientId: { kind: 'string', test: (v) => /^[0-9a-f-]{36}$|^[\w.-]+$/i.test(v), reason: 'must be the application (client) ID from the app registration' },
  authority: { kind: 'string', test: isHttpsUrl, reason: 'must be an https URL, e.g. https://login.microsoftonline.com/<tenant-id>' },
  redirectUri: { kind: 'string', test: (v) => v !== '', reason: 'must not be empty', fallback: '/redirect.html' },
  scopes: { kind: 'list', atLeastOne: true, fallback: [graphScopeReadWrite] },
  extraScopesToConsent: { kind: 'list', fallback: [] },
  knownAuthorities: { kind: 'list', fallback: [] },
  protocolMode: { kind: 'choice', choices: ['AAD', 'OIDC'], fallback: 'AAD' },
  interaction: { kind: 'choice', choices: ['redirect', 'popup'], fallback: 'redirect' },
  tokenRenewalOffsetSeconds: { kind: 'integer', min: 0, max: 3600, optional: true },
};

function isHttpsUrl(value: string): boolean {
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}

/** Turns whatever config.json held into a config, or into sentences an admin deploying the app can act on. */
export function readAppConfig(raw: unknown, { demoAvailable }: { demoAvailable: boolean }): ConfigResult {
  if (!isPlainObject(raw)) return { ok: false, problems: ['config.json: must be a JSON object like {"mode": "entra", "graph": {…}, "auth": {…}}'] };
  const { mode } = raw;
  if (mode !== 'demo' && mode !== 'entra') return { ok: false, problems: ['mode: must be "entra" (or "demo" in the demo build)'] };
  const problems: string[] = [];
  const graph = readFields<GraphConfig>(raw, 'graph', graphFields, problems);
  const auth = mode === 'entra' ? readFields<EntraAuthConfig>(raw, 'auth', entraAuthFields, problems) : undefined;
  if (problems.length) return { ok: false, problems };
  if (mode === 'demo' && !demoAvailable) {
    return {
      ok: false,
      problems: ['mode: "demo" is not part of this production build; set mode to "entra" and give the auth settings.'],
    };
  }
  return { ok: true, config: mode === 'demo' ? { mode, graph: graph! } : { mode, graph: graph!, auth: auth! } };
}

function text(env: BuildEnv, name: string): string | undefined {
  const value = env[name];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function list(value: string | undefined): string[] | undefined {
  return value?.split(/[\s,]+/).filter(Boolean);
}

/**
 * The config a build carries in VITE_AUTH_CLIENT_ID, VITE_AUTH_AUTHORITY, VITE_AUTH_REDIRECT_URI,
 * VITE_AUTH_SCOPES, VITE_AUTH_KNOWN_AUTHORITIES, VITE_AUTH_PROTOCOL_MODE, VITE_AUTH_INTERACTION,
 * VITE_GRAPH_BASE_URL and VITE_GRAPH_VERSION, or undefined when none is set. Unset keys stay unset
 * so config.json or the defaults fill them.
 */
export function configFromBuildEnv(env: BuildEnv): Record<string, unknown> | undefined {
  const auth = Object.fromEntries(
    Object.entries({
      clientId: text(env, 'VITE_AUTH_CLIENT_ID'),
      authority: text(env, 'VITE_AUTH_AUTHORITY'),
      redirectUri: text(env, 'VITE_AUTH_REDIRECT_URI'),
      scopes: list(text(env, 'VITE_AUTH_SCOPES')),
      knownAuthorities: list(text(env, 'VITE_AUTH_KNOWN_AUTHORITIES')),
      protocolMode: text(env, 'VITE_AUTH_PROTOCOL_MODE'),
      interaction: text(env, 'VITE_AUTH_INTERACTION'),
    }).filter(([, value]) => value !== undefined),
  );
  const graph = Object.fromEntries(
    Object.entries({ baseUrl: text(env, 'VITE_GRAPH_BASE_URL'), version: text(env, 'VITE_GRAPH_VERSION') }).filter(([, value]) => value !== undefined),
  );
  if (!Object.keys(auth).length && !Object.keys(graph).length) return undefined;
  return { mode: 'entra', graph: { baseUrl: 'https://graph.microsoft.com', ...graph }, auth };
}

/** config.json wins over the build's values, key by key inside `graph` and `auth`. */
export function mergeConfig(build: Record<string, unknown> | undefined, runtime: unknown): unknown {
  if (!build || !isPlainObject(runtime)) return runtime;
  const merged: Record<string, unknown> = { ...build, ...runtime };
  for (const key of ['graph', 'auth']) {
    if (isPlainObject(build[key]) && isPlainObject(runtime[key])) merged[key] = { ...build[key], ...runtime[key] };
  }
  return merged;
}

export async function loadAppConfig(options: { demoAvailable: boolean; url?: string; buildEnv?: BuildEnv }): Promise<ConfigResult> {
  const build = configFromBuildEnv(options.buildEnv ?? {});
  let response: Response;
  try {
    response = await fetch(options.url ?? '/config.json', { cache: 'no-store' });
  } catch {
    return build ? readAppConfig(build, options) : { ok: false, problems: ['config.json could not be fetched: the site did not answer.'] };
  }
  // An SPA host answers a missing file with index.html; that is a missing config.json, not a broken one.
  const missing = response.status === 404 || (response.ok && /text\/html/i.test(response.headers.get('content-type') ?? ''));
  // A build that carries its settings needs no config.json; a missing one is only a problem otherwise.
  if (missing && build) return readAppConfig(build, options);
  if (missing) return { ok: false, problems: ['config.json is missing: put a config.json beside index.html (the README lists its keys).'] };
  if (!response.ok) return { ok: false, problems: [`config.json answered ${response.status}: put a config.json beside index.html.`] };
  let raw: unknown;
  try {
    raw = await response.json();
  } catch {
    return { ok: false, problems: ['config.json is not valid JSON.'] };
  }
  return readAppConfig(mergeConfig(build, raw), options);
}
