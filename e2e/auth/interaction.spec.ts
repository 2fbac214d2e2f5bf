import type { Page } from '@playwright/test';
import { seed } from '../seed';
import { appConfig } from './global-setup';
import { accountButton, expect, pickUser, recordProviderCalls, test } from './auth-fixtures';
import { appOrigin, issuer } from './ports';

const { contoso } = seed;
const signInButton = (page: Page) => page.getByRole('main').getByRole('button', { name: 'Sign in' });

/** Serves this page a config.json with some auth settings changed. */
async function withAuthSettings(page: Page, auth: Record<string, unknown>) {
  const config = appConfig();
  await page.route('**/config.json', (route) => route.fulfill({ json: { ...config, auth: { ...config.auth, ...auth } } }));
}

test('each tab has its own session: a second tab signs in through the provider’s session, and tabs reloading at once keep working', async ({ context }) => {
  await pickUser(context, 'admin');
  const first = await context.newPage();
  await first.goto('/');
  await signInButton(first).click();
  await expect(accountButton(first, 'admin')).toBeVisible();

  // Session storage is per tab, so the second tab asks; the provider still knows the admin.
  const second = await context.newPage();
  const provider = recordProviderCalls(second);
  await second.goto(`/tokens/${contoso.id}`);
  await signInButton(second).click();
  await expect(accountButton(second, 'admin')).toBeVisible();
  expect(provider.grants).toEqual(['authorization_code']);

  await Promise.all([first.reload(), second.reload()]);
  await Promise.all([
    expect(first.getByRole('grid', { name: 'VPP tokens' }).getByText(contoso.name)).toBeVisible(),
    expect(second.getByLabel('Display name')).toHaveValue(contoso.name),
  ]);
});

test('clicking Sign in twice starts one sign-in', async ({ page }) => {
  const provider = recordProviderCalls(page);
  await pickUser(page.context(), 'admin');
  await page.goto('/');
  await signInButton(page).dblclick();
  await expect(accountButton(page, 'admin')).toBeVisible();
  expect(provider.authorize).toHaveLength(1);
});

test('coming back from the provider without signing in, then signing in, works', async ({ page }) => {
  await pickUser(page.context(), 'admin');
  // The first visit to the provider stops at a page the admin leaves with Back.
  let held = false;
  await page.route(`${issuer}/auth?**`, async (route) => {
    if (held) return route.continue();
    held = true;
    await route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Pick an account</title><h1>Pick an account</h1>' });
  });
  await page.goto('/');
  await signInButton(page).click();
  await expect(page.getByRole('heading', { name: 'Pick an account' })).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(`${appOrigin}/`);
  await signInButton(page).click();
  await expect(accountButton(page, 'admin')).toBeVisible();
});

test('a sign-in the provider refuses brings the admin back to the sign-in page with the reason', async ({ page }) => {
  await page.route(`${issuer}/auth?**`, (route) => {
    const request = new URL(route.request().url());
    const back = new URL(request.searchParams.get('redirect_uri')!);
    back.hash = new URLSearchParams({ error: 'access_denied', error_description: 'The administrator has not granted this app access.', state: request.searchParams.get('state')! }).toString();
    return route.fulfill({ status: 302, headers: { location: back.href } });
  });
  await page.goto('/');
  await signInButton(page).click();
  await expect(page.getByText(/access_denied.*The administrator has not granted this app access\./)).toBeVisible();
  await expect(signInButton(page)).toBeEnabled();
});

test('with auth.interaction "popup" the sign-in and sign-out happen in a popup and the page stays', async ({ page, context }) => {
  await withAuthSettings(page, { interaction: 'popup' });
  await pickUser(context, 'admin');
  await page.goto(`/tokens/${contoso.id}`);
  const popupOpened = page.waitForEvent('popup');
  await signInButton(page).click();
  const popup = await popupOpened;
  await expect(accountButton(page, 'admin')).toBeVisible();
  await expect.poll(() => popup.isClosed()).toBe(true);
  await expect(page.getByLabel('Display name')).toHaveValue(contoso.name);
  await expect(page).toHaveURL(`${appOrigin}/tokens/${contoso.id}`);

  const logoutPopup = page.waitForEvent('popup');
  await accountButton(page, 'admin').click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in to manage your VPP tokens' })).toBeVisible();
  const closed = await logoutPopup;
  await expect.poll(() => closed.isClosed()).toBe(true);
  // Only the popup went to the provider; the page itself never left.
  await expect(page).toHaveURL(`${appOrigin}/tokens/${contoso.id}`);
  const keys = await page.evaluate(() => Object.keys(sessionStorage));
  expect(keys.filter((key) => /accesstoken|refreshtoken|idtoken/i.test(key))).toEqual([]);
});
