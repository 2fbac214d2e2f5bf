import { seed } from '../seed';
import { accountButton, expect, recordProviderCalls, signIn, test } from './auth-fixtures';
import { strictAppOrigin } from './ports';

const { contoso } = seed;

// The same app built with React's development build, where StrictMode mounts twice and runs every
// effect twice: nothing may start a second sign-in or redeem the answer twice.
test.use({ baseURL: strictAppOrigin });

test('under StrictMode, sign-in, reload and sign-out each reach the provider once', async ({ page }) => {
  const reactDevelopmentBuild = page.waitForEvent('console', { predicate: (message) => /React DevTools/.test(message.text()), timeout: 10_000 });
  const provider = recordProviderCalls(page);
  await signIn(page, 'admin', `/tokens/${contoso.id}`);
  await reactDevelopmentBuild;
  await expect(page.getByLabel('Display name')).toHaveValue(contoso.name);
  expect(provider.authorize).toHaveLength(1);
  expect(provider.grants).toEqual(['authorization_code']);

  await page.reload();
  await expect(page.getByLabel('Display name')).toHaveValue(contoso.name);
  expect(provider.authorize).toHaveLength(1);

  await accountButton(page, 'admin').click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in to manage your VPP tokens' })).toBeVisible();
  expect(provider.grants).toEqual(['authorization_code']);
});
