import { afterEach, describe, expect, it, vi } from 'vitest';
import { configFromBuildEnv, graphScopeReadWrite, loadAppConfig, mergeConfig, readAppConfig } from './app-config';

const entra = {
  mode: 'entra',
  graph: { baseUrl: 'https://graph.microsoft.com', version: 'beta' },
  auth: { clientId: '11111111-2222-3333-4444-555555555555', authority: 'https://login.microsoftonline.com/contoso.onmicrosoft.com' },
};

function problemsOf(raw: unknown, demoAvailable = false): string[] {
  const result = readAppConfig(raw, { demoAvailable });
  if (result.ok) throw new Error('expected the config to be refused');
  return result.problems;
}

describe('readAppConfig', () => {
  it('accepts a minimal Entra config and fills the defaults', () => {
    const result = readAppConfig(entra, { demoAvailable: false });
    expect(result).toMatchObject({
      ok: true,
      config: {
        mode: 'entra',
        auth: {
          redirectUri: '/redirect.html',
          scopes: [graphScopeReadWrite],
          extraScopesToConsent: [],
          knownAuthorities: [],
          protocolMode: 'AAD',
          interaction: 'redirect',
        },
      },
    });
    expect(result.ok && result.config.mode === 'entra' && result.config.auth.tokenRenewalOffsetSeconds).toBe(undefined);
  });

  it('accepts every optional key', () => {
    const result = readAppConfig(
      {
        ...entra,
        graph: { baseUrl: '/graph', version: 'v1.0' },
        auth: {
          ...entra.auth,
          redirectUri: 'https://vpp.contoso.com/redirect.html',
          scopes: ['https://graph.microsoft.com/.default'],
          extraScopesToConsent: ['User.Read'],
          knownAuthorities: ['login.contoso.com'],
          protocolMode: 'OIDC',
          interaction: 'popup',
          tokenRenewalOffsetSeconds: 60,
        },
      },
      { demoAvailable: false },
    );
    expect(result.ok).toBe(true);
  });

  it('names each missing key', () => {
    expect(problemsOf({ mode: 'entra', graph: { baseUrl: 'https://graph.microsoft.com' }, auth: {} })).toEqual([
      'auth.clientId: missing (expected string)',
      'auth.authority: missing (expected string)',
    ]);
    expect(problemsOf({ mode: 'entra', graph: { baseUrl: 'https://graph.microsoft.com' } })).toEqual(['auth: missing (expected object)']);
  });

  it('explains malformed values in words an admin can act on', () => {
    const problems = problemsOf({
      mode: 'entra',
      graph: { baseUrl: 'http://graph.microsoft.com', version: 'v2' },
      auth: { clientId: 'not a guid!', authority: 'http://login.microsoftonline.com/x', scopes: [], interaction: 'iframe' },
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        'graph.baseUrl: must be https://… (or a path on this site, like /graph)',
        expect.stringMatching(/^graph\.version: /),
        'auth.clientId: must be the application (client) ID from the app registration',
        'auth.authority: must be an https URL, e.g. https://login.microsoftonline.com/<tenant-id>',
        expect.stringMatching(/^auth\.scopes: /),
        expect.stringMatching(/^auth\.interaction: /),
      ]),
    );
    expect(problemsOf({ ...entra, auth: { ...entra.auth, scopes: 'User.Read' } })).toEqual(['auth.scopes: must be a list']);
  });

  it('names wrong types and out-of-range values, and keeps only the keys it knows', () => {
    expect(problemsOf({ ...entra, auth: 'x' })).toEqual(['auth: must be an object']);
    expect(
      problemsOf({ ...entra, graph: { baseUrl: 42 }, auth: { ...entra.auth, extraScopesToConsent: ['User.Read', ''], tokenRenewalOffsetSeconds: 7200 } }),
    ).toEqual([
      'graph.baseUrl: must be a string',
      'auth.extraScopesToConsent: must be a list of non-empty strings',
      'auth.tokenRenewalOffsetSeconds: must be a whole number from 0 to 3600',
    ]);
    expect(problemsOf({ ...entra, graph: { ...entra.graph, version: 'v2' } })).toEqual(['graph.version: must be "beta" or "v1.0"']);
    const result = readAppConfig({ ...entra, extra: true, auth: { ...entra.auth, secret: 'nope' } }, { demoAvailable: false });
    expect(result.ok && result.config).not.toHaveProperty('extra');
    expect(result.ok && result.config.mode === 'entra' && result.config.auth).not.toHaveProperty('secret');
  });

  it('takes an optional Graph timeout in whole milliseconds, and says what range it must be in', () => {
    const timed = readAppConfig({ ...entra, graph: { ...entra.graph, timeoutMs: 5000 } }, { demoAvailable: false });
    expect(timed.ok && timed.config.graph.timeoutMs).toBe(5000);
    const untimed = readAppConfig(entra, { demoAvailable: false });
    expect(untimed.ok && untimed.config.graph.timeoutMs).toBe(undefined);
    expect(problemsOf({ ...entra, graph: { ...entra.graph, timeoutMs: 10 } })).toEqual(['graph.timeoutMs: must be a whole number from 1000 to 300000']);
  });

  it('refuses a missing or unknown mode, and a config that is not an object', () => {
    expect(problemsOf({ graph: entra.graph })).toEqual(['mode: must be "entra" (or "demo" in the demo build)']);
    expect(problemsOf({ ...entra, mode: 'production' })).toEqual(['mode: must be "entra" (or "demo" in the demo build)']);
    expect(problemsOf(null)[0]).toMatch(/^config\.json: must be a JSON object/);
    expect(problemsOf([entra])[0]).toMatch(/^config\.json: must be a JSON object/);
  });

  it('offers demo mode only where the demo is built in', () => {
    const demo = { mode: 'demo', graph: { baseUrl: '/graph' } };
    expect(readAppConfig(demo, { demoAvailable: true }).ok).toBe(true);
    expect(problemsOf(demo, false)).toEqual([expect.stringContaining('"demo" is not part of this production build')]);
  });
});

describe('build-time settings', () => {
  it('are absent when no VITE_ variable is set', () => {
    expect(configFromBuildEnv({ MODE: 'production', PROD: true })).toBeUndefined();
  });

  it('become an Entra config, with lists split on spaces or commas', () => {
    const build = configFromBuildEnv({
      VITE_AUTH_CLIENT_ID: entra.auth.clientId,
      VITE_AUTH_AUTHORITY: entra.auth.authority,
      VITE_AUTH_SCOPES: 'https://graph.microsoft.com/A, https://graph.microsoft.com/B',
      VITE_GRAPH_VERSION: 'v1.0',
    });
    expect(build).toEqual({
      mode: 'entra',
      graph: { baseUrl: 'https://graph.microsoft.com', version: 'v1.0' },
      auth: { clientId: entra.auth.clientId, authority: entra.auth.authority, scopes: ['https://graph.microsoft.com/A', 'https://graph.microsoft.com/B'] },
    });
    expect(readAppConfig(build, { demoAvailable: false }).ok).toBe(true);
  });

  it('are overridden key by key by config.json', () => {
    const build = configFromBuildEnv({ VITE_AUTH_CLIENT_ID: 'from-build', VITE_AUTH_AUTHORITY: 'https://login.microsoftonline.com/build' });
    const merged = mergeConfig(build, { mode: 'entra', auth: { authority: 'https://login.microsoftonline.com/runtime' } });
    expect(merged).toEqual({
      mode: 'entra',
      graph: { baseUrl: 'https://graph.microsoft.com' },
      auth: { clientId: 'from-build', authority: 'https://login.microsoftonline.com/runtime' },
    });
  });
});

describe('loadAppConfig', () => {
  afterEach(() => vi.unstubAllGlobals());

  function answer(body: string, init: ResponseInit & { contentType?: string } = {}) {
    vi.stubGlobal('fetch', vi.fn(async () => new Response(body, { status: init.status ?? 200, headers: { 'Content-Type': init.contentType ?? 'application/json' } })));
  }

  it('fetches config.json without the cache and validates it', async () => {
    answer(JSON.stringify(entra));
    await expect(loadAppConfig({ demoAvailable: false })).resolves.toMatchObject({ ok: true });
    expect(fetch).toHaveBeenCalledWith('/config.json', { cache: 'no-store' });
  });

  it('says config.json is missing on a 404 or when an SPA host answers with index.html', async () => {
    answer('not found', { status: 404, contentType: 'text/plain' });
    await expect(loadAppConfig({ demoAvailable: false })).resolves.toEqual({ ok: false, problems: [expect.stringMatching(/^config\.json is missing/)] });
    answer('<!doctype html><html></html>', { contentType: 'text/html; charset=utf-8' });
    await expect(loadAppConfig({ demoAvailable: false })).resolves.toEqual({ ok: false, problems: [expect.stringMatching(/^config\.json is missing/)] });
  });

  it('uses the build-time settings when there is no config.json', async () => {
    answer('not found', { status: 404 });
    const result = await loadAppConfig({ demoAvailable: false, buildEnv: { VITE_AUTH_CLIENT_ID: entra.auth.clientId, VITE_AUTH_AUTHORITY: entra.auth.authority } });
    expect(result).toMatchObject({ ok: true, config: { mode: 'entra', auth: { clientId: entra.auth.clientId } } });
  });

  it('reports other failures plainly', async () => {
    answer('oops', { status: 500 });
    await expect(loadAppConfig({ demoAvailable: false })).resolves.toEqual({ ok: false, problems: ['config.json answered 500: put a config.json beside index.html.'] });
    answer('{ "mode": ');
    await expect(loadAppConfig({ demoAvailable: false })).resolves.toEqual({ ok: false, problems: ['config.json is not valid JSON.'] });
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    await expect(loadAppConfig({ demoAvailable: false })).resolves.toEqual({ ok: false, problems: ['config.json could not be fetched: the site did not answer.'] });
  });
});
