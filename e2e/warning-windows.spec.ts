import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { VppToken } from '@microsoft/microsoft-graph-types-beta';
import { intuneHealthWindows, tokenHealth, type HealthWindows } from '../src/features/tokens/model/health';
import { expect, test, type Simulator } from './fixtures';

/**
 * The warning windows are the admin's, kept per browser: health, the attention summary and its
 * filters follow them, across a reload, and a bad stored value leaves Intune's rule in place.
 */
const storageKey = 'vpp-console.warning-windows';
const day = 86_400_000;

const grid = (page: Page) => page.getByRole('grid', { name: 'VPP tokens' });
const summary = (page: Page) => page.getByRole('group', { name: 'Tokens that need attention' });
const dialog = (page: Page) => page.getByRole('dialog', { name: 'Warning windows' });

/** A token that is healthy by Intune's rule and expires in 45 days: inside a 60-day window, outside 7. */
const renewSoon = {
  displayName: 'Northwind Renew in 45 days',
  organizationName: 'Northwind Traders',
  appleId: 'vpp@northwind.example',
  state: 'valid',
  expirationDateTime: new Date(Date.now() + 45 * day).toISOString(),
  lastSyncDateTime: new Date().toISOString(),
  lastSyncStatus: 'completed',
  vppTokenAccountType: 'business',
  countryOrRegion: 'us',
  automaticallyUpdateApps: true,
  dataSharingConsentGranted: true,
  roleScopeTagIds: ['0'],
};

/** How many tokens the simulator holds that the windows call expiring, by the app's own rule. */
async function expiringCount(simulator: Simulator, windows: HealthWindows) {
  const tokens: VppToken[] = await simulator.tokens();
  const now = Date.now();
  return tokens.filter((token) => tokenHealth(token, now, windows).reasons.some((reason) => reason.code === 'expiresSoon')).length;
}

async function openList(page: Page, path = '/') {
  await page.goto(path);
  await expect(grid(page)).toBeVisible();
}

async function expectRowCount(page: Page, count: number) {
  await expect(grid(page)).toHaveAttribute('aria-rowcount', String(count + 1));
}

test('a 60-day expiry window changes the summary’s count and its filter, and survives a reload', async ({ page, simulator }) => {
  const [id] = await simulator.put(renewSoon);
  const byIntune = await expiringCount(simulator, intuneHealthWindows);
  const by60Days = await expiringCount(simulator, { ...intuneHealthWindows, expiringWithinDays: 60 });
  expect(by60Days, 'the 45-day token and others count only with the wider window').toBeGreaterThan(byIntune);

  await openList(page);
  await expect(summary(page).getByRole('button', { name: `${byIntune} expiring within 7 days` })).toBeVisible();
  await expect(grid(page).locator(`[data-row-id="${id}"]`)).toContainText('Healthy');

  await page.getByRole('button', { name: 'Warning windows' }).click();
  await expect(dialog(page)).toBeVisible();
  const expiry = dialog(page).getByRole('combobox', { name: 'Warn before a token expires' });
  await expect(expiry).toHaveValue('7');
  await expiry.selectOption('60');
  await dialog(page).getByRole('button', { name: 'Save' }).click();
  await expect(dialog(page)).toBeHidden();

  const wider = summary(page).getByRole('button', { name: `${by60Days} expiring within 60 days` });
  await expect(wider).toBeVisible();
  await expect(summary(page).getByRole('button', { name: /expiring within 7 days/ })).toHaveCount(0);
  await expect(grid(page).locator(`[data-row-id="${id}"]`)).toContainText('Expires in 4');

  await wider.click();
  await expect(page).toHaveURL(/\?issue=expiresSoon$/);
  await expectRowCount(page, by60Days);
  await expect(grid(page)).toContainText(renewSoon.displayName);

  // Kept by this browser: the same count and the same filtered rows after a reload.
  await page.reload();
  await expect(summary(page).getByRole('button', { name: `${by60Days} expiring within 60 days` })).toHaveAttribute('aria-pressed', 'true');
  await expectRowCount(page, by60Days);
  expect(JSON.parse((await page.evaluate((key) => localStorage.getItem(key), storageKey)) ?? 'null')).toMatchObject({ expiringWithinDays: 60 });

  // The token's own page follows the same window, and offers the setting beside its health.
  await page.goto(`/tokens/${id}`);
  const attention = page.getByRole('region', { name: 'Needs attention' });
  await expect(attention).toContainText(/Expires in 4\d days: renew it before then/);
  await attention.getByRole('button', { name: 'Warning windows' }).click();
  await expect(dialog(page).getByRole('combobox', { name: 'Warn before a token expires' })).toHaveValue('60');
});

test('sync ages out of order are refused at their fields, and nothing is kept', async ({ page }) => {
  await openList(page);
  await page.getByRole('button', { name: 'Warning windows' }).click();
  await dialog(page).getByRole('combobox', { name: 'Sync warning after' }).selectOption('5');
  await dialog(page).getByRole('button', { name: 'Save' }).click();
  await expect(dialog(page)).toContainText('The warning must come before the token turns unhealthy: choose less than 3 days.');
  await expect(dialog(page)).toContainText('A token turns unhealthy only after its sync warning: choose more than 5 days.');
  await expect(dialog(page).getByRole('combobox', { name: 'Sync warning after' })).toBeFocused();
  await dialog(page).getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog(page)).toBeHidden();
  expect(await page.evaluate((key) => localStorage.getItem(key), storageKey)).toBeNull();
});

test('a bad stored value falls back to Intune’s windows without failing the list', async ({ page, simulator }) => {
  const byIntune = await expiringCount(simulator, intuneHealthWindows);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  for (const bad of ['{not json', '{"expiringWithinDays":"sixty","syncWarningAfterDays":9,"runningOutPercent":-4}', '[60]']) {
    await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [storageKey, bad] as const);
    await openList(page);
    await expect(summary(page).getByRole('button', { name: `${byIntune} expiring within 7 days` })).toBeVisible();
    await page.getByRole('button', { name: 'Warning windows' }).click();
    await expect(dialog(page).getByRole('combobox', { name: 'Warn before a token expires' })).toHaveValue('7');
    await expect(dialog(page).getByRole('combobox', { name: 'Sync warning after' })).toHaveValue('1');
    await expect(dialog(page).getByRole('combobox', { name: 'Licenses running out at' })).toHaveValue('90');
    await page.keyboard.press('Escape');
    await expect(dialog(page)).toBeHidden();
  }
  expect(errors).toEqual([]);
});

test('the windows are set with the keyboard alone, and the dialog has no WCAG 2.1 A or AA violations', async ({ page, simulator }) => {
  const by14Days = await expiringCount(simulator, { ...intuneHealthWindows, expiringWithinDays: 14 });
  await openList(page);
  const button = summary(page).getByRole('button', { name: 'Warning windows' });
  await button.focus();
  await page.keyboard.press('Enter');
  const expiry = dialog(page).getByRole('combobox', { name: 'Warn before a token expires' });
  await expect(expiry).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(expiry).toHaveValue('14');

  // With a refused field showing, as the admin meets it.
  await dialog(page).getByRole('combobox', { name: 'Sync warning after' }).selectOption('3');
  await expect(dialog(page)).toContainText('choose more than 3 days');
  const { violations } = await new AxeBuilder({ page })
    .include('[role="dialog"]')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    // Fluent's focus-trap sentinels: invisible, never focused by a reader, and a known axe false positive.
    .exclude('[data-tabster-dummy]')
    .analyze();
  expect(violations.map((v) => `${v.id}: ${v.help} at ${v.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
  await dialog(page).getByRole('combobox', { name: 'Sync warning after' }).selectOption('1');

  await dialog(page).getByRole('button', { name: 'Save' }).focus();
  await page.keyboard.press('Enter');
  await expect(dialog(page)).toBeHidden();
  await expect(button).toBeFocused();
  await expect(summary(page).getByRole('button', { name: `${by14Days} expiring within 14 days` })).toBeVisible();
});
