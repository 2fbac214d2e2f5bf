import type { Route } from '@playwright/test';
import { seed } from '../seed';
import { accountButton, expect, recordBearers, signIn, test } from './auth-fixtures';

// MSAL's own chunk: the largest part of any page's download, fetched beside the first render.
const msalChunk = '**/assets/msal-instance-*.js';

test('a signed-in visit shows the token list before MSAL has arrived, and its rows as soon as it has', async ({ page }) => {
  await signIn(page);
  const bearers = recordBearers(page);
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(msalChunk, async (route: Route) => {
    await held;
    await route.continue();
  });

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'VPP tokens' })).toBeVisible();
  await expect(page.getByText('Loading VPP tokens…')).toBeVisible();
  expect(bearers).toEqual([]);

  release();
  await expect(page.getByRole('grid', { name: 'VPP tokens' }).getByText(seed.contoso.name)).toBeVisible();
  await expect(accountButton(page, 'admin')).toBeVisible();
  expect(bearers.length).toBeGreaterThan(0);
});

test('when MSAL cannot be loaded, the page says sign-in could not start and what to check', async ({ page }) => {
  await page.route(msalChunk, (route) => route.abort('connectionfailed'));
  await page.goto('/');
  await expect(page.getByRole('heading', { name: "VPP Console can't start" })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText(/Sign-in could not start .*Check auth\.clientId, auth\.authority and auth\.redirectUri/);
});
