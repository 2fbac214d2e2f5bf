import type { Page } from '@playwright/test';
import { resolve } from 'node:path';
import { expect, test } from './auth-fixtures';
import { distDir, staticHostPort } from './ports';
import { startStaticHost, type StaticHost } from './static-host';

/**
 * The production build served as Azure Static Web Apps would serve it: the headers and fallback of
 * public/staticwebapp.config.json, and a config.json for a real Entra tenant.
 */
const tenant = 'contoso.onmicrosoft.com';
const productionConfig = {
  mode: 'entra',
  graph: { baseUrl: 'https://graph.microsoft.com', version: 'beta' },
  auth: { clientId: '6f1c2a1e-0b7d-4a53-9c1e-7e2f3a4b5c6d', authority: `https://login.microsoftonline.com/${tenant}` },
};

let host: StaticHost;
let config: { body: string; type: string } | undefined;

test.beforeAll(async () => {
  host = await startStaticHost({
    root: resolve(distDir),
    port: staticHostPort,
    files: {
      get '/config.json'() {
        return config ?? { body: JSON.stringify(productionConfig), type: 'application/json' };
      },
    },
  });
});
test.afterAll(() => host.close());
test.beforeEach(() => {
  config = undefined;
});

/** Every Content-Security-Policy violation the page reports, as the browser words it. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  const logged: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) logged.push(message.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.effectiveDirective} ${event.blockedURI}`));
  });
  return async () => [...logged, ...(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations))];
}

test('the built app loads and renders under the shipped Content-Security-Policy without breaking it', async ({ page }) => {
  const violations = await watchViolations(page);
  const response = await page.goto(`${host.origin}/`);
  const policy = response!.headers()['content-security-policy'];
  expect(policy).toBe(host.config.globalHeaders!['Content-Security-Policy']);
  expect(policy).toContain("script-src 'self';");
  expect(policy).toMatch(/connect-src 'self' https:\/\/login\.microsoftonline\.com https:\/\/graph\.microsoft\.com;/);

  await expect(page.getByRole('heading', { name: 'Sign in to manage your VPP tokens' })).toBeVisible();
  // Fluent's runtime styles got in: the primary button is painted, not a bare browser button.
  const background = await page.getByRole('main').getByRole('button', { name: 'Sign in' }).evaluate((button) => getComputedStyle(button).backgroundColor);
  expect(background).not.toBe('rgba(0, 0, 0, 0)');
  expect(background).not.toBe('rgb(239, 239, 239)');
  expect(await violations()).toEqual([]);
});

test('the policy is enforced: an injected inline script does not run', async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto(`${host.origin}/`);
  await expect(page.getByRole('heading', { name: 'Sign in to manage your VPP tokens' })).toBeVisible();
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.injected = true';
    document.head.append(script);
    return (window as unknown as { injected?: boolean }).injected ?? false;
  });
  expect(ran).toBe(false);
  await expect.poll(violations).toEqual(expect.arrayContaining([expect.stringMatching(/script-src/)]));
});

test('the redirect bridge page runs under the policy too', async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto(`${host.origin}/redirect.html`);
  // Opened by hand it has no sign-in answer to pass on, and says so.
  await expect(page.getByText('Sign-in could not be completed. Close this window and try again.')).toBeVisible();
  expect(await violations()).toEqual([]);
});

test('starting a sign-in reaches the Microsoft login authority, which the policy allows', async ({ page }) => {
  const violations = await watchViolations(page);
  const authority = `https://login.microsoftonline.com/${tenant}`;
  // No network here: Microsoft's endpoints are answered in the browser, after the policy allowed the request.
  await page.route('https://login.microsoftonline.com/**', (route) => {
    const url = new URL(route.request().url());
    if (url.pathname.endsWith('/discovery/instance')) {
      return route.fulfill({
        json: {
          tenant_discovery_endpoint: `${authority}/v2.0/.well-known/openid-configuration`,
          metadata: [{ preferred_network: 'login.microsoftonline.com', preferred_cache: 'login.windows.net', aliases: ['login.microsoftonline.com', 'login.windows.net'] }],
        },
      });
    }
    if (url.pathname.endsWith('/.well-known/openid-configuration')) {
      return route.fulfill({
        json: {
          issuer: `https://login.microsoftonline.com/{tenantid}/v2.0`,
          authorization_endpoint: `${authority}/oauth2/v2.0/authorize`,
          token_endpoint: `${authority}/oauth2/v2.0/token`,
          end_session_endpoint: `${authority}/oauth2/v2.0/logout`,
          jwks_uri: `${authority}/discovery/v2.0/keys`,
        },
      });
    }
    return route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Sign in to your account</title><h1>Microsoft sign-in (stand-in)</h1>' });
  });
  await page.goto(`${host.origin}/`);
  await page.getByRole('main').getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Microsoft sign-in (stand-in)' })).toBeVisible();
  const authorize = new URL(page.url());
  expect(authorize.origin + authorize.pathname).toBe(`${authority}/oauth2/v2.0/authorize`);
  expect(authorize.searchParams.get('client_id')).toBe(productionConfig.auth.clientId);
  expect(authorize.searchParams.get('redirect_uri')).toBe(`${host.origin}/redirect.html`);
  expect(authorize.searchParams.get('scope')).toContain('https://graph.microsoft.com/DeviceManagementServiceConfig.ReadWrite.All');
  // Includes what the app's page logged before it navigated away.
  expect(await violations()).toEqual([]);
});

test('deep links fall back to the app; the bridge page, config.json and assets are served as themselves', async ({ request }) => {
  const deepLink = await request.get(`${host.origin}/tokens/1fa02c17-90ba-4f96-965e-bcfa1b00b328`);
  expect(deepLink.status()).toBe(200);
  expect(await deepLink.text()).toContain('<div id="root">');
  expect(await (await request.get(`${host.origin}/redirect.html`)).text()).toContain('<title>Signing in… · VPP Console</title>');
  const configAnswer = await request.get(`${host.origin}/config.json`);
  expect(configAnswer.headers()['cache-control']).toBe('no-store');
  expect(await configAnswer.json()).toEqual(productionConfig);
  expect((await request.get(`${host.origin}/assets/not-there.js`)).status()).toBe(404);
});

test.describe('a host with a wrong config.json shows what to fix instead of the app', () => {
  for (const [what, served, expected] of [
    ['no config.json', { body: 'Not found', type: 'text/plain', missing: true }, /config\.json is missing/],
    ['the demo config', { body: JSON.stringify({ mode: 'demo', graph: { baseUrl: '/graph' } }), type: 'application/json' }, /"demo" is not part of this production build/],
    ['an Entra config without its auth settings', { body: JSON.stringify({ mode: 'entra', graph: productionConfig.graph, auth: {} }), type: 'application/json' }, /auth\.clientId: missing/],
    ['broken JSON', { body: '{ "mode": "entra", ', type: 'application/json' }, /config\.json is not valid JSON/],
  ] as const) {
    test(`${what}`, async ({ page }) => {
      const violations = await watchViolations(page);
      if ('missing' in served) await page.route('**/config.json', (route) => route.fulfill({ status: 404, body: served.body }));
      else config = served;
      await page.goto(`${host.origin}/`);
      await expect(page.getByRole('heading', { name: "VPP Console can't start" })).toBeVisible();
      await expect(page.getByRole('alert')).toContainText(expected);
      expect(await violations()).toEqual([]);
    });
  }
});
