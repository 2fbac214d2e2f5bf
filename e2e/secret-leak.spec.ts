import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { decodeTokenFile, encodeTokenFile, formatAppleDate } from '../simulator/token-file.ts';
import { expect, test } from './fixtures';
import { failedCallMessages, watchPage } from './page-watch';
import { seed } from './seed';

const { contoso } = seed;

/** Every place a page can keep or show text, as one string per place. */
async function places(page: Page, consoleText: string, requestUrls: string[]) {
  const { dom, storage } = await page.evaluate(() => ({
    dom: [
      document.documentElement.outerHTML,
      document.title,
      ...[...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')].map((field) => field.value),
    ].join('\n'),
    storage: JSON.stringify([Object.entries(localStorage), Object.entries(sessionStorage)]),
  }));
  return { dom, console: consoleText, storage, url: page.url(), 'request URLs': requestUrls.join('\n') };
}

test('no token’s secret reaches the page, the console, storage, an address or the CSV over a visit that lists, searches, edits, renews and exports', async ({ page, simulator }) => {
  const watch = watchPage(page, failedCallMessages);
  const requestUrls: string[] = [];
  page.on('request', (request) => requestUrls.push(request.url()));

  // Each token's whole file content and the Apple secret inside it, as Graph holds them.
  const stored = await simulator.tokens();
  const secrets = stored.flatMap((token) => [token.token!, decodeTokenFile(token.token!).token]);
  const renewal = `renewal-secret-${crypto.randomUUID()}`;
  const renewalFile = encodeTokenFile({ token: renewal, expDate: formatAppleDate(Date.now() + 300 * 86_400_000), orgName: 'Contoso Independent School District' });
  secrets.push(renewal, renewalFile);

  const checked: string[] = [];
  const expectNoSecret = async (step: string) => {
    const found = Object.entries(await places(page, watch.console(), requestUrls)).flatMap(([place, text]) =>
      secrets.filter((secret) => text.includes(secret)).map(() => place),
    );
    expect(found, `a secret in ${found.join(', ')} after: ${step}`).toEqual([]);
    checked.push(step);
  };

  await page.goto('/');
  const grid = page.getByRole('grid', { name: 'VPP tokens' });
  await expect(grid).toHaveAttribute('aria-rowcount', String(stored.length + 1));
  await expectNoSecret('the list');

  await page.getByRole('searchbox', { name: 'Search tokens' }).fill('contoso');
  await expect(grid).toHaveAttribute('data-search', 'contoso');
  await expectNoSecret('a search');

  await grid.locator(`[data-row-id="${contoso.id}"] [data-column="name"]`).click();
  await expect(page.getByLabel('Display name')).toHaveValue(contoso.name);
  await expectNoSecret("a token's page");

  await page.getByLabel('Display name').fill('Contoso – secret check');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.locator('.fui-ToastTitle', { hasText: 'Renamed to "Contoso – secret check"' })).toBeVisible();
  await expectNoSecret('a save');

  await page.getByRole('toolbar', { name: 'Token actions' }).getByRole('button', { name: 'Renew token' }).click();
  await page.getByLabel('Apple token file (.vpptoken)').setInputFiles({ name: 'renewal.vpptoken', mimeType: 'application/octet-stream', buffer: Buffer.from(renewalFile) });
  await expect(page.getByText('renewal.vpptoken: the token for Contoso Independent School District')).toBeVisible();
  await expectNoSecret('a renewal file picked and previewed');
  await page.getByRole('dialog').getByRole('button', { name: 'Renew token' }).click();
  await expect(page.getByText(/Renewed\. The token now expires/)).toBeVisible();
  expect((await simulator.token(contoso.id)).token).toBe(renewalFile);
  await expectNoSecret('a renewal sent');
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();

  await page.getByRole('link', { name: '← All VPP tokens' }).click();
  await expect(grid).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search tokens' }).fill('');
  await expect(grid).toHaveAttribute('data-search', '');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const csv = (await readFile(await (await downloading).path())).toString('utf8');
  expect(csv).toContain('Contoso – secret check');
  expect(secrets.filter((secret) => csv.includes(secret))).toEqual([]);
  await expectNoSecret('back to the list and an export');

  await page.reload();
  await expect(grid).toBeVisible();
  await expectNoSecret('a reload');
  expect(checked).toHaveLength(8);
  expect(watch.problems()).toEqual([]);
});
