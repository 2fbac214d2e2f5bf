import { expect, type APIRequestContext, type BrowserContext, type Page, type Request } from '@playwright/test';
import { simulatorTest } from '../fixtures';
import { issuer } from './ports';
import { testUsers, userCookie, type TestUserKey } from './test-users';

export type IdpSettings = { accessTokenTtlSeconds?: number };

/** The test provider's control endpoints (see oidc-server.ts). */
export class Idp {
  constructor(private readonly request: APIRequestContext) {}

  private async post(path: string, body?: unknown) {
    const response = await this.request.post(`${issuer}/_test/${path}`, { data: body ?? {}, ignoreHTTPSErrors: true });
    expect(response.ok(), `provider ${path} answered ${response.status()}`).toBe(true);
  }

  settings(settings: IdpSettings) {
    return this.post('settings', settings);
  }

  /** Every grant is destroyed, so refresh tokens stop working (the provider session stays). */
  revokeGrants() {
    return this.post('revoke');
  }

  reset() {
    return this.post('reset');
  }
}

/** Who the provider signs in next in this browser context (it shows no login form). */
export async function pickUser(context: BrowserContext, user: TestUserKey) {
  await context.addCookies([{ name: userCookie, value: user, url: issuer }]);
}

/** Signs in from the app's sign-in page, by redirect through the provider and back. */
export async function signIn(page: Page, user: TestUserKey = 'admin', path = '/') {
  await pickUser(page.context(), user);
  await page.goto(path);
  await page.getByRole('main').getByRole('button', { name: 'Sign in' }).click();
  await expect(accountButton(page, user)).toBeVisible();
}

export function accountButton(page: Page, user: TestUserKey) {
  const { name, username } = testUsers[user];
  return page.getByRole('button', { name: `Signed in as ${name} (${username})` });
}

export function isGraphCall(request: Request): boolean {
  return /\/graph\/(beta|v1\.0)\//.test(new URL(request.url()).pathname);
}

/** Every bearer token the page sends to Graph, in order. */
export function recordBearers(page: Page): string[] {
  const bearers: string[] = [];
  page.on('request', (request) => {
    const header = request.headers().authorization;
    if (isGraphCall(request) && header) bearers.push(header.replace(/^Bearer /, ''));
  });
  return bearers;
}

/** What the page asks of the provider: authorization navigations and token grants. */
export function recordProviderCalls(page: Page) {
  const calls = { authorize: [] as URL[], grants: [] as string[] };
  page.context().on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin !== issuer) return;
    if (url.pathname === '/auth') calls.authorize.push(url);
    if (url.pathname === '/token' && request.method() === 'POST') calls.grants.push(new URLSearchParams(request.postData() ?? '').get('grant_type') ?? '');
  });
  return calls;
}

export function claimsOf(jwt: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;
}

// The demo suite's simulator fixture (reset before each test), plus the provider and a console watch.
export const test = simulatorTest.extend<{ idp: Idp; consoleWatch: void }>({
  idp: [
    async ({ request }, use) => {
      const idp = new Idp(request);
      await idp.reset();
      await use(idp);
    },
    { auto: true },
  ],
  // Whatever a test does, no page may hit MSAL's interaction_in_progress or throw uncaught.
  consoleWatch: [
    async ({ context }, use) => {
      const problems: string[] = [];
      const watch = (page: Page) => {
        page.on('console', (message) => {
          if (/interaction_in_progress/i.test(message.text())) problems.push(`${page.url()}: ${message.text()}`);
        });
        page.on('pageerror', (error) => problems.push(`${page.url()}: ${error.name}: ${error.message}`));
      };
      context.pages().forEach(watch);
      context.on('page', watch);
      await use();
      expect(problems, 'errors in the pages').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
