import type { Page, Route } from '@playwright/test';
import { seed } from '../seed';
import { accountButton, expect, recordBearers, signIn, test } from './auth-fixtures';

// The sign-in's chunk: MSAL with msal-react and the app's seam, the largest part of any page's
// download; the app renders once it has arrived and MSAL has started.
const signInChunk = '**/assets/entra-sign-in-*.js';

/** Holds the sign-in's chunk until the test lets it through; `requested` settles once the page asked for it. */
async function holdSignIn(page: Page) {
  let release!: () => void;
  let asked!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  const requested = new Promise<void>((resolve) => (asked = resolve));
  await page.route(signInChunk, async (route: Route) => {
    asked();
    await held;
    await route.continue();
  });
  return { requested, release };
}

const backgroundOf = (page: Page) => page.getByRole('banner').evaluate((header) => getComputedStyle(header).backgroundColor);

test('a signed-in visit shows the shell’s skeleton until MSAL has arrived, and the token list as soon as it has', async ({ page }) => {
  await signIn(page);
  const bearers = recordBearers(page);
  const signInCode = await holdSignIn(page);

  await page.reload({ waitUntil: 'commit' });
  await signInCode.requested;
  await expect(page.getByRole('banner')).toContainText('VPP Console');
  await expect(page.getByRole('main')).toBeEmpty();
  await expect(page.getByRole('heading', { level: 1, name: 'VPP tokens' })).toHaveCount(0);
  expect(bearers).toEqual([]);

  signInCode.release();
  await expect(page.getByRole('grid', { name: 'VPP tokens' }).getByText(seed.contoso.name)).toBeVisible();
  await expect(accountButton(page, 'admin')).toBeVisible();
  expect(bearers.length).toBeGreaterThan(0);
});

test('in the dark colour scheme the skeleton’s header has the colours of the app’s', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  const signInCode = await holdSignIn(page);
  await page.goto('/', { waitUntil: 'commit' });
  await signInCode.requested;
  await expect(page.getByRole('banner')).toContainText('VPP Console');
  const skeleton = await backgroundOf(page);

  signInCode.release();
  await expect(page.getByRole('heading', { name: 'Sign in to manage your VPP tokens' })).toBeVisible();
  expect(skeleton).not.toBe('rgb(255, 255, 255)');
  expect(await backgroundOf(page)).toBe(skeleton);
});

test('when MSAL cannot be loaded, the skeleton gives way to the page that says sign-in could not start and what to check', async ({ page }) => {
  await page.route(signInChunk, (route) => route.abort('connectionfailed'));
  await page.goto('/');
  await expect(page.getByRole('heading', { name: "VPP Console can't start" })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText(/Sign-in could not start .*Check auth\.clientId, auth\.authority and auth\.redirectUri/);
  await expect(page.getByRole('banner')).toHaveCount(0);
});
