import { seed } from '../seed';
import { accountButton, claimsOf, expect, recordBearers, recordProviderCalls, signIn, test } from './auth-fixtures';
import { appOrigin, issuer } from './ports';

const { contoso } = seed;
const tokensPath = '/graph/beta/deviceAppManagement/vppTokens';

test('after the access token expires, the next Graph call gets a new one silently through the refresh token', async ({ page, idp, request }) => {
  await idp.settings({ accessTokenTtlSeconds: 6 });
  const bearers = recordBearers(page);
  await signIn(page);
  await expect(page.getByRole('grid', { name: 'VPP tokens' }).getByText(contoso.name)).toBeVisible();
  const first = bearers[0]!;
  const { exp } = claimsOf(first) as { exp: number };
  expect(exp - Math.floor(Date.now() / 1000)).toBeLessThanOrEqual(6);

  // Graph itself now refuses the first token: it has really expired.
  await expect.poll(async () => (await request.get(tokensPath, { headers: { Authorization: `Bearer ${first}` } })).status(), { timeout: 15_000 }).toBe(401);

  const provider = recordProviderCalls(page);
  const seen = bearers.length;
  await page.goto(`/tokens/${contoso.id}`);
  await expect(page.getByRole('heading', { level: 1, name: contoso.name })).toBeVisible();
  const renewed = bearers.slice(seen);
  expect(renewed.length).toBeGreaterThan(0);
  expect(renewed).not.toContain(first);
  expect((claimsOf(renewed[0]!) as { exp: number }).exp).toBeGreaterThan(exp);
  expect(provider.grants).toContain('refresh_token');
  // Silent: the page never went back to the provider's sign-in.
  expect(provider.authorize).toEqual([]);
  await expect(accountButton(page, 'admin')).toBeVisible();
});

test('when Graph refuses a token MSAL still trusts, the app asks once for a fresh one and carries on', async ({ page, simulator }) => {
  await signIn(page);
  await expect(page.getByRole('grid', { name: 'VPP tokens' }).getByText(contoso.name)).toBeVisible();
  const provider = recordProviderCalls(page);
  const bearers = recordBearers(page);
  await simulator.fault({ method: 'GET', path: `/vppTokens/${contoso.id}`, status: 401, times: 1 });
  await page.goto(`/tokens/${contoso.id}`);
  await expect(page.getByLabel('Display name')).toHaveValue(contoso.name);
  expect(provider.grants).toEqual(['refresh_token']);
  expect(provider.authorize).toEqual([]);
  expect(new Set(bearers).size).toBe(2);
});

test('when the session cannot be renewed silently, the app signs in again by redirect and comes back to the same page', async ({ page, idp, simulator }) => {
  await signIn(page, 'admin', `/tokens/${contoso.id}`);
  await expect(page.getByLabel('Display name')).toHaveValue(contoso.name);
  // The refresh token stops working and Graph refuses the cached token.
  await idp.revokeGrants();
  await simulator.fault({ method: 'GET', path: `/vppTokens/${contoso.id}`, status: 401, times: 1 });
  const provider = recordProviderCalls(page);
  await page.reload();
  await expect(page.getByLabel('Display name')).toHaveValue(contoso.name, { timeout: 20_000 });
  await expect(page).toHaveURL(`${appOrigin}/tokens/${contoso.id}`);
  expect(provider.grants[0]).toBe('refresh_token');
  expect(provider.grants).toContain('authorization_code');
  expect(provider.authorize.length).toBeGreaterThan(0);
  expect(provider.authorize.at(-1)!.origin).toBe(issuer);
});
