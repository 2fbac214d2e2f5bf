import { z } from 'zod';

export const graphScopeReadWrite = 'https://graph.microsoft.com/DeviceManagementServiceConfig.ReadWrite.All';

const graphSchema = z.object({
  /** Where Graph answers: https://graph.microsoft.com in production, /graph for the embedded simulator. */
  baseUrl: z.string().min(1).refine((v) => v.startsWith('/') || /^https:\/\/|^http:\/\/(localhost|127\.0\.0\.1)[:/]/.test(v), {
    message: 'must be https://… (or a path on this site, like /graph)',
  }),
  version: z.enum(['beta', 'v1.0']).default('beta'),
});

const entraAuthSchema = z.object({
  clientId: z.string().regex(/^[0-9a-f-]{36}$|^[\w.-]+$/i, 'must be the application (client) ID from the app registration'),
  authority: z.url({ protocol: /^https$/, error: 'must be an https URL, e.g. https://login.microsoftonline.com/<tenant-id>' }),
  /** The v5 redirect bridge page; relative paths resolve against this site's origin. */
  redirectUri: z.string().min(1).default('/redirect.html'),
  scopes: z.array(z.string().min(1)).min(1).default([graphScopeReadWrite]),
  /** Extra scopes consented at sign-in, so later silent calls for them need no prompt. */
  extraScopesToConsent: z.array(z.string()).default([]),
  /** Hosts MSAL may trust without asking Microsoft's instance discovery (needed for non-Entra authorities). */
  knownAuthorities: z.array(z.string()).default([]),
  protocolMode: z.enum(['AAD', 'OIDC']).default('AAD'),
  interaction: z.enum(['redirect', 'popup']).default('redirect'),
  /** How long before expiry MSAL renews an access token; MSAL's default is 300 seconds. */
  tokenRenewalOffsetSeconds: z.number().int().min(0).max(3600).optional(),
});

export const appConfigSchema = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('demo'), graph: graphSchema }),
  z.object({ mode: z.literal('entra'), graph: graphSchema, auth: entraAuthSchema }),
]);

export type AppConfig = z.infer<typeof appConfigSchema>;
export type EntraAuthConfig = z.infer<typeof entraAuthSchema>;

export type ConfigResult = { ok: true; config: AppConfig } | { ok: false; problems: string[] };

/** Build-time settings (Vite's VITE_ variables), for hosts that bake one tenant into the build. */
export type BuildEnv = Record<string, string | boolean | undefined>;

function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((value, key) => (typeof value === 'object' && value !== null ? (value as Record<PropertyKey, unknown>)[key] : undefined), raw);
}

function describeIssue(issue: z.core.$ZodIssue, raw: unknown): string {
  const where = issue.path.length ? issue.path.join('.') : 'config.json';
  if (!issue.path.length && issue.code === 'invalid_type') return 'config.json: must be a JSON object like {"mode": "entra", "graph": {…}, "auth": {…}}';
  if (issue.code === 'invalid_union' && where === 'mode') return 'mode: must be "entra" (or "demo" in the demo build)';
  if (valueAt(raw, issue.path) === undefined) return `${where}: missing (expected ${issue.code === 'invalid_type' ? issue.expected : 'a value'})`;
  if (issue.code === 'invalid_type') return `${where}: must be ${issue.expected === 'array' ? 'a list' : `a ${issue.expected}`}`;
  return `${where}: ${issue.message}`;
}

/** Turns whatever config.json held into a config, or into sentences an admin deploying the app can act on. */
export function readAppConfig(raw: unknown, { demoAvailable }: { demoAvailable: boolean }): ConfigResult {
  const parsed = appConfigSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.map((issue) => describeIssue(issue, raw)) };
  if (parsed.data.mode === 'demo' && !demoAvailable) {
    return {
      ok: false,
      problems: ['mode: "demo" is not part of this production build; set mode to "entra" and give the auth settings.'],
    };
  }
  return { ok: true, config: parsed.data };
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

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** config.json wins over the build's values, key by key inside `graph` and `auth`. */
export function mergeConfig(build: Record<string, unknown> | undefined, runtime: unknown): unknown {
  if (!build || !isObject(runtime)) return runtime;
  const merged: Record<string, unknown> = { ...build, ...runtime };
  for (const key of ['graph', 'auth']) {
    if (isObject(build[key]) && isObject(runtime[key])) merged[key] = { ...build[key], ...runtime[key] };
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
