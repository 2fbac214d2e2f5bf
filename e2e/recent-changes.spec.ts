import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { decodeTokenFile, encodeTokenFile, formatAppleDate } from '../simulator/token-file.ts';
import { expect, test } from './fixtures';
import { parseCsv } from './list-export';
import { seed } from './seed';

const { contoso } = seed;
const table = (page: Page) => page.getByRole('table', { name: 'Changes to VPP tokens, newest first' });
const rows = (page: Page) => table(page).locator('tbody tr');
const grid = (page: Page) => page.getByRole('grid', { name: 'VPP tokens' });

async function demoUpn(page: Page): Promise<string> {
  const account = await page.getByRole('button', { name: /^Signed in as / }).getAttribute('aria-label');
  const upn = /\(([^)]+)\)$/.exec(account ?? '')?.[1];
  expect(upn).toBeTruthy();
  return upn!;
}

async function renameContoso(page: Page, name: string) {
  await page.goto(`/tokens/${contoso.id}`);
  await expect(page.getByLabel('Display name')).toHaveValue(contoso.name);
  await page.getByLabel('Display name').fill(name);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
}

/** Turns automatic app updates off on every token through the list's bulk bar; the tokens it changed. */
async function turnOffUpdatesOnAll(page: Page, on: number) {
  await page.goto('/?sort=name&dir=asc');
  await expect(grid(page)).toHaveAttribute('aria-rowcount', '14');
  await grid(page).getByRole('checkbox', { name: 'Select every token shown' }).click();
  await page.getByRole('toolbar', { name: 'Change the selected tokens' }).getByRole('button', { name: 'Automatic app updates' }).click();
  await page.getByRole('menuitem', { name: 'Turn off' }).click();
  await expect(page.getByRole('status').filter({ hasText: /done, \d+ failed/ })).toHaveText(`${on} done, 0 failed, 0 retrying, 0 remaining of ${on}`);
}

test('a rename and a bulk change show token by token with the demo user, filters narrow the rows and survive a reload', async ({ page, simulator }) => {
  const before = await simulator.tokens();
  const on = before.filter((token) => token.automaticallyUpdateApps);
  expect(on.length).toBeGreaterThanOrEqual(2);
  await renameContoso(page, 'Contoso – recent changes check');
  const upn = await demoUpn(page);
  await turnOffUpdatesOnAll(page, on.length);

  // From the list, as an admin would get there.
  await page.getByRole('link', { name: 'Recent changes' }).click();
  await expect(page).toHaveURL(/\/changes$/);
  await expect(page.getByText('The log can take a few minutes to show a change.')).toBeVisible();
  await expect(rows(page).first()).toBeVisible();
  const all = await rows(page).count();

  // Each token's own row, by the demo user, newest first: the bulk change above the rename.
  const mine = rows(page).filter({ hasText: upn });
  await expect(mine).toHaveCount(on.length + 1);
  for (const token of on) {
    const row = mine.filter({ has: page.locator(`a[href="/tokens/${token.id}"]`) }).filter({ hasText: 'Automatically update apps: on to off' });
    await expect(row, token.displayName || token.organizationName || '').toHaveCount(1);
  }
  await expect(mine.last()).toContainText(`Display name: ${contoso.name} to Contoso – recent changes check`);
  await expect(mine.last()).toContainText('Succeeded');
  // The log names a token as it was at the time: Contoso's bulk change by its new name.
  await expect(mine.filter({ hasText: 'Automatically update apps' }).getByRole('link', { name: 'Contoso – recent changes check', exact: true })).toHaveCount(1);

  // By who, then by what; the address keeps both.
  await page.getByRole('combobox', { name: 'Who' }).click();
  await page.getByRole('option', { name: upn }).click();
  await expect(page).toHaveURL(new RegExp(`who=${encodeURIComponent(upn).replace(/[.]/g, '\\.')}`));
  await expect(rows(page)).toHaveCount(on.length + 1);
  expect(on.length + 1).toBeLessThan(all);
  await page.getByRole('combobox', { name: 'What' }).click();
  await page.getByRole('option', { name: 'Display name' }).click();
  await expect(page).toHaveURL(/property=displayName/);
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText('Contoso – recent changes check');
  await page.reload();
  await expect(rows(page)).toHaveCount(1);
  await expect(page.getByRole('combobox', { name: 'Who' })).toHaveText(upn);

  await page.getByRole('combobox', { name: 'What' }).click();
  await page.getByRole('option', { name: 'Settings changed' }).click();
  await expect(page).toHaveURL(/what=save/);
  await expect(rows(page)).toHaveCount(on.length + 1);
  await page.reload();
  await expect(rows(page)).toHaveCount(on.length + 1);
  await page.getByRole('button', { name: 'Clear filters' }).first().click();
  await expect(rows(page)).toHaveCount(all);
});

test('the CSV export holds the rows shown, in order, and no secret; a row links to its token', async ({ page, simulator }) => {
  const stored = await simulator.tokens();
  const secrets = stored.flatMap((token) => [token.token!, decodeTokenFile(token.token!).token]);
  const renewal = `renewal-secret-${crypto.randomUUID()}`;
  const renewalFile = encodeTokenFile({ token: renewal, expDate: formatAppleDate(Date.now() + 300 * 86_400_000), orgName: 'Contoso Independent School District' });
  secrets.push(renewal, renewalFile);

  // A renewal: its event says the token file was replaced, never what it holds.
  await page.goto(`/tokens/${contoso.id}`);
  await expect(page.getByLabel('Display name')).toHaveValue(contoso.name);
  await page.getByRole('toolbar', { name: 'Token actions' }).getByRole('button', { name: 'Renew token' }).click();
  await page.getByLabel('Apple token file (.vpptoken)').setInputFiles({ name: 'renewal.vpptoken', mimeType: 'application/octet-stream', buffer: Buffer.from(renewalFile) });
  await page.getByRole('dialog').getByRole('button', { name: 'Renew token' }).click();
  await expect(page.getByText(/Renewed\. The token now expires/)).toBeVisible();

  await page.goto('/changes?days=30');
  await expect(page.getByRole('combobox', { name: 'Period' })).toHaveText('Last 30 days');
  await expect(rows(page).first()).toContainText('Renewed the token');
  await expect(rows(page).first()).toContainText('Token file: replaced');
  const shown = await rows(page).count();
  const tokenNames = await rows(page).locator('td:nth-child(3)').allInnerTexts();

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^vpp-token-changes-30-days-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = (await readFile(await download.path())).toString('utf8');
  const csv = parseCsv(text);
  expect(csv).toHaveLength(shown);
  expect(csv.map((row) => row.Token)).toEqual(tokenNames.map((name) => name.replace(/ \(deleted\)$/, '').trim()));
  expect(csv[0]).toMatchObject({ What: 'Renewed the token', 'Token ID': contoso.id, Result: 'Succeeded' });
  expect(csv[0]?.Changes).toContain('Token file: replaced');
  for (const secret of secrets) expect(text.includes(secret), 'a secret in the CSV').toBe(false);

  await rows(page).first().getByRole('link', { name: contoso.name }).click();
  await expect(page).toHaveURL(`/tokens/${contoso.id}`);
  await expect(page.getByLabel('Display name')).toHaveValue(contoso.name);
});

test('a deleted token’s rows say so instead of linking, and a refused log names the permission calmly', async ({ page, simulator }) => {
  await page.goto(`/tokens/${seed.wideWorld.id}`);
  await page.getByRole('toolbar', { name: 'Token actions' }).getByRole('button', { name: 'Delete token' }).click();
  const dialog = page.getByRole('alertdialog');
  await dialog.getByRole('button', { name: 'Delete token' }).click();
  await expect.poll(async () => (await simulator.tokens()).some((token) => token.id === seed.wideWorld.id)).toBe(false);

  await page.goto('/changes');
  const deleted = rows(page).filter({ hasText: 'Deleted the token' });
  await expect(deleted).toHaveCount(1);
  await expect(deleted).toContainText(`${seed.wideWorld.name} (deleted)`);
  await expect(deleted.getByRole('link')).toHaveCount(0);

  await simulator.fault({ method: 'GET', path: '/auditEvents', status: 403, times: 10 });
  await page.reload();
  await expect(page.getByText('You cannot see the changes to VPP tokens')).toBeVisible();
  await expect(page.getByText('DeviceManagementApps.Read.All')).toBeVisible();
});

test('a busy month draws the newest 200 changes first and the rest on request, while the count covers them all', async ({ page, simulator }) => {
  // 450 changes to one token over the last six days, besides the seed's week.
  await simulator.auditHistory(contoso.id, 450, 6);
  await page.goto('/changes');
  await expect(rows(page)).toHaveCount(200);
  const status = page.getByRole('status').filter({ hasText: /changes in the last 7 days/ });
  const total = Number(/^([\d,]+) changes/.exec((await status.textContent()) ?? '')?.[1]?.replace(/,/g, ''));
  expect(total).toBeGreaterThanOrEqual(450);
  await page.getByRole('button', { name: `Show 200 more of ${(total - 200).toLocaleString('en-US')} not shown` }).click();
  await expect(rows(page)).toHaveCount(400);
  await page.getByRole('button', { name: `Show ${total - 400} more of ${total - 400} not shown` }).click();
  await expect(rows(page)).toHaveCount(total);
  await expect(page.getByRole('button', { name: /more of .* not shown/ })).toHaveCount(0);
});
