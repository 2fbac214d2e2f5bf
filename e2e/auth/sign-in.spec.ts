import { seed } from '../seed';
import { accountButton, claimsOf, expect, pickUser, recordBearers, recordProviderCalls, signIn, test } from './auth-fixtures';
import { appOrigin, issuer } from './ports';
import { readWriteScope, testTenantId, testUsers } from './test-users';

const { contoso } = seed;
const tokensPath = '/graph/beta/deviceAppManagement/vppTokens';

test('signs in by redirect, shows the account and tenant, and lists the tokens with a token Graph verified', async ({ page, request }) => {
  const bearers = recordBearers(page);
  const provider = recordProviderCalls(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Sign in to manage your VPP tokens' })).toBeVisible();
  expect(bearers).toEqual([]);

  await page.getByRole('main').getByRole('button', { name: 'Sign in' }).click();
  await expect(accountButton(page, 'admin')).toBeVisible();
  expect(new URL(page.url()).pathname).toBe('/');
  await expect(page.getByRole('banner').getByText(`Tenant ${testTenantId}`)).toBeVisible();
  await expect(page.getByRole('grid', { name: 'VPP tokens' }).getByText(contoso.name)).toBeVisible();

  // The code flow with PKCE, through the v5 bridge page.
  expect(provider.authorize).toHaveLength(1);
  const authorize = provider.authorize[0]!;
  expect(authorize.searchParams.get('redirect_uri')).toBe(`${appOrigin}/redirect.html`);
  expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
  expect(provider.grants).toEqual(['authorization_code']);

  const token = bearers[0]!;
  expect(claimsOf(token)).toMatchObject({ iss: issuer, aud: 'https://graph.microsoft.com', tid: testTenantId, scp: expect.stringContaining(readWriteScope) });
  // The simulator really verifies: the same token passes, a forged one does not.
  expect((await request.get(tokensPath, { headers: { Authorization: `Bearer ${token}` } })).status()).toBe(200);
  const [header, , signature] = token.split('.');
  const forged = `${header}.${Buffer.from(JSON.stringify({ ...claimsOf(token), scp: 'Everything.All' })).toString('base64url')}.${signature}`;
  const refused = await request.get(tokensPath, { headers: { Authorization: `Bearer ${forged}` } });
  expect(refused.status()).toBe(401);
  expect((await refused.json()).error).toMatchObject({ code: 'InvalidAuthenticationToken', message: 'Access token validation failure. Invalid signature.' });

  // The token cache lives in this tab's session storage only.
  const storage = await page.evaluate(() => ({ session: Object.keys(sessionStorage), local: Object.keys(localStorage) }));
  expect(storage.session.some((key) => /accesstoken/i.test(key) || /msal/i.test(key))).toBe(true);
  expect(storage.local.filter((key) => /msal|accesstoken|refreshtoken/i.test(key))).toEqual([]);
});

test('a deep link survives the sign-in round trip', async ({ page }) => {
  await signIn(page, 'admin', `/tokens/${contoso.id}`);
  await expect(page).toHaveURL(`${appOrigin}/tokens/${contoso.id}`);
  await expect(page.getByRole('heading', { level: 1, name: contoso.name })).toBeVisible();
});

test('edits and saves a token as the ReadWrite admin', async ({ page, simulator }) => {
  const patches: { authorization?: string; body: unknown }[] = [];
  page.on('request', (r) => {
    if (r.method() === 'PATCH') patches.push({ authorization: r.headers().authorization, body: r.postDataJSON() });
  });
  await signIn(page, 'admin', `/tokens/${contoso.id}`);
  await expect(page.getByLabel('Display name')).toHaveValue(contoso.name);
  await page.getByLabel('Display name').fill('Contoso Schools – Signed in');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.locator('.fui-ToastTitle', { hasText: 'Renamed to "Contoso Schools – Signed in"' })).toBeVisible();
  expect(patches).toEqual([{ authorization: expect.stringMatching(/^Bearer ey/), body: { displayName: 'Contoso Schools – Signed in' } }]);
  expect((await simulator.token(contoso.id)).displayName).toBe('Contoso Schools – Signed in');
});

test('a reload keeps the session from session storage without going back to the provider', async ({ page }) => {
  await signIn(page);
  const provider = recordProviderCalls(page);
  await page.reload();
  await expect(accountButton(page, 'admin')).toBeVisible();
  await expect(page.getByRole('grid', { name: 'VPP tokens' }).getByText(contoso.name)).toBeVisible();
  expect(provider.authorize).toEqual([]);
  expect(provider.grants).toEqual([]);
});

test('signs out: back to the sign-in page, tokens gone, and the provider session ended', async ({ page, context }) => {
  await signIn(page);
  await accountButton(page, 'admin').click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in to manage your VPP tokens' })).toBeVisible();
  await expect(page).toHaveURL(`${appOrigin}/`);
  const keys = await page.evaluate(() => Object.keys(sessionStorage));
  expect(keys.filter((key) => /accesstoken|refreshtoken|idtoken/i.test(key))).toEqual([]);

  // Had the provider kept its session, it would sign Adele in again without asking who it is.
  await pickUser(context, 'reader');
  await page.getByRole('main').getByRole('button', { name: 'Sign in' }).click();
  await expect(accountButton(page, 'reader')).toBeVisible();
  await expect(page.getByRole('banner').getByText(testUsers.admin.name)).toHaveCount(0);
});
