import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { seed } from './seed';

// The simulator's curated tenant: 13 tokens, of which 5 are unhealthy, 5 warn and 3 are healthy.
const seedCount = 13;

function grid(page: Page) {
  return page.getByRole('grid', { name: 'VPP tokens' });
}

/** The data rows on screen (the grid virtualizes, so only those exist), in order. */
function dataRows(page: Page) {
  return grid(page).locator('[role="row"][data-row-id]');
}

function searchBox(page: Page) {
  return page.getByRole('searchbox', { name: 'Search tokens' });
}

async function expectRowCount(page: Page, count: number) {
  await expect(grid(page)).toHaveAttribute('aria-rowcount', String(count + 1));
}

function firstRowName(page: Page) {
  return dataRows(page).first().locator('[data-column="name"]');
}

async function openList(page: Page, path = '/') {
  await page.goto(path);
  await expect(grid(page)).toBeVisible();
}

function header(page: Page, name: string): Locator {
  return grid(page).getByRole('columnheader', { name });
}

test('the grid shows each token’s health in words, with its dates exact on hover', async ({ page }) => {
  await openList(page);
  await expectRowCount(page, seedCount);
  // Worst first by default.
  await expect(header(page, 'Health')).toHaveAttribute('aria-sort', 'descending');
  const tailspin = grid(page).locator(`[data-row-id="${seed.tailspinExternalMdm.id}"]`);
  await expect(tailspin).toContainText('Unhealthy');
  await expect(tailspin).toContainText('Another MDM is using this token');
  await expect(tailspin).toContainText('Managed by another MDM');
  const fabrikam = grid(page).locator(`[data-row-id="${seed.fabrikamExpiresSoon.id}"]`);
  // Five days less the moments since the reset: whole days remaining, as Intune counts them.
  await expect(fabrikam).toContainText('in 4 days');
  await fabrikam.getByText('in 4 days', { exact: true }).hover();
  await expect(page.getByRole('tooltip')).toContainText(/\d{4}/);
  await expect(grid(page).locator(`[data-row-id="${seed.proseware.id}"]`)).toContainText(seed.proseware.name);
});

test('a cell with more to say than it shows says it to screen readers, and in a tooltip on keyboard focus', async ({ page }) => {
  await openList(page);
  await expectRowCount(page, seedCount);
  const fabrikam = grid(page).locator(`[data-row-id="${seed.fabrikamExpiresSoon.id}"]`);
  const expires = fabrikam.locator('[data-column="expires"]');
  await expect(expires).toHaveAccessibleDescription(/\d{4}/);
  // Into the row, then right across its cells (tick, name, health, actions, state) to Expires.
  await fabrikam.focus();
  await expect(page.getByRole('tooltip')).toHaveCount(0);
  for (let cell = 0; cell < 6; cell++) await page.keyboard.press('ArrowRight');
  await expect(expires).toBeFocused();
  const tooltip = page.getByRole('tooltip');
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toHaveText((await expires.getAttribute('aria-describedby').then((id) => page.locator(`[id="${id}"]`).textContent()))!);
  await page.keyboard.press('Escape');
  await expect(tooltip).toHaveCount(0);
  await expect(expires).toBeFocused();
});

test('a row’s Sync and Renew are icons that say their names to screen readers, and in a tooltip on hover and on keyboard focus', async ({ page }) => {
  await openList(page);
  await expectRowCount(page, seedCount);
  const fabrikam = grid(page).locator(`[data-row-id="${seed.fabrikamExpiresSoon.id}"]`);
  const sync = fabrikam.getByRole('button', { name: 'Sync licenses', exact: true });
  const renew = fabrikam.getByRole('button', { name: 'Renew token', exact: true });
  await expect(sync).toHaveText('');
  await expect(renew).toHaveText('');
  const tooltip = page.getByRole('tooltip');
  await sync.hover();
  await expect(tooltip).toHaveText('Sync licenses');
  // Into the actions cell by the keyboard, then to its second button.
  await fabrikam.focus();
  for (let cell = 0; cell < 4; cell++) await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(renew).toBeFocused();
  await expect(tooltip).toHaveText('Renew token');
  await page.keyboard.press('Escape');
  await expect(tooltip).toHaveCount(0);
  await expect(renew).toBeFocused();
});

test('a row’s sync started from the keyboard keeps the focus on its button, and the tooltip never names what the button no longer does', async ({ page, simulator }) => {
  await simulator.settings({ syncDurationMs: 5000 });
  await openList(page);
  await expectRowCount(page, seedCount);
  const row = grid(page).locator(`[data-row-id="${seed.wideWorld.id}"]`);
  await row.getByRole('button', { name: 'Sync licenses' }).focus();
  await expect(page.getByRole('tooltip')).toHaveText('Sync licenses');
  await page.keyboard.press('Enter');
  const syncing = row.getByRole('button', { name: 'Syncing…' });
  await expect(syncing).toBeDisabled();
  await expect(syncing).toBeFocused();
  await expect(page.getByRole('tooltip')).toHaveCount(0);
  await syncing.hover();
  await expect(page.getByRole('tooltip')).toHaveText('Syncing…');
});

test('each data column’s header is a sort button; the Actions header is not, and takes no tab stop', async ({ page }) => {
  await openList(page);
  await expect(header(page, 'Name').getByRole('button')).toHaveCount(1);
  await expect(header(page, 'Name')).toHaveAttribute('aria-sort', 'none');
  const actions = header(page, 'Actions');
  await expect(actions).toBeVisible();
  await expect(actions.getByRole('button')).toHaveCount(0);
  await expect(actions).not.toHaveAttribute('aria-sort');
  await expect(actions.locator('[tabindex="0"]')).toHaveCount(0);
});

test('search, sort and filters live in the URL and survive reload, Back and Forward', async ({ page }) => {
  await openList(page);
  await searchBox(page).fill('fabrikam');
  await expectRowCount(page, 2);
  await expect(page).toHaveURL(/\?q=fabrikam$/);

  await header(page, 'Name').click();
  await expect(page).toHaveURL(/q=fabrikam&sort=name&dir=asc/);
  await expect(firstRowName(page)).toHaveText('Fabrikam Retail UK');
  await header(page, 'Name').click();
  await expect(page).toHaveURL(/sort=name&dir=desc/);
  await expect(firstRowName(page)).toHaveText('Fabrikam Retail UK (uploaded twice)');

  await page.reload();
  await expect(searchBox(page)).toHaveValue('fabrikam');
  await expect(header(page, 'Name')).toHaveAttribute('aria-sort', 'descending');
  await expect(firstRowName(page)).toHaveText('Fabrikam Retail UK (uploaded twice)');

  await page.goBack();
  await expect(header(page, 'Name')).toHaveAttribute('aria-sort', 'ascending');
  await expect(firstRowName(page)).toHaveText('Fabrikam Retail UK');
  await page.goBack();
  await expect(page).toHaveURL(/\?q=fabrikam$/);
  await expect(header(page, 'Health')).toHaveAttribute('aria-sort', 'descending');
  await page.goForward();
  await expect(header(page, 'Name')).toHaveAttribute('aria-sort', 'ascending');

  await searchBox(page).fill('');
  await expectRowCount(page, seedCount);
  await page.getByRole('combobox', { name: 'State' }).click();
  await page.getByRole('menuitemcheckbox', { name: 'Invalid' }).click();
  await page.getByRole('menuitemcheckbox', { name: 'Expired' }).click();
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/state=invalid,expired/);
  await expectRowCount(page, 2);
  await page.getByRole('combobox', { name: 'Health' }).click();
  await page.getByRole('menuitemcheckbox', { name: 'Warning' }).click();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { name: 'No tokens match' })).toBeVisible();

  await page.reload();
  await expect(page.getByRole('combobox', { name: 'State' })).toHaveText('Invalid, Expired');
  await expect(page.getByRole('heading', { name: 'No tokens match' })).toBeVisible();
  await page.goBack();
  await expectRowCount(page, 2);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expectRowCount(page, seedCount);
  await expect(page).toHaveURL(/sort=name&dir=asc$/);
});

test('the search matches name, Apple ID, organization and location, accents aside', async ({ page }) => {
  await openList(page);
  const cases: [string, string][] = [
    ['wideworldimporters.nl', seed.wideWorld.name],
    ['Tailspin Toys Pty', seed.tailspinExternalMdm.name],
    ['ciudad de mexico', seed.proseware.name],
  ];
  for (const [search, name] of cases) {
    await searchBox(page).fill(search);
    await expectRowCount(page, 1);
    await expect(firstRowName(page)).toHaveText(name);
  }
  await searchBox(page).fill('no such token anywhere');
  await expect(page.getByRole('heading', { name: 'No tokens match' })).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters' }).first().click();
  await expectRowCount(page, seedCount);
  await expect(searchBox(page)).toHaveValue('');
});

test('a count in the summary shows exactly those tokens, and pressing it again shows all', async ({ page }) => {
  await openList(page);
  const summary = page.getByRole('group', { name: 'Tokens that need attention' });
  await expect(summary.getByRole('button', { name: '5 warnings' })).toBeVisible();
  const unhealthy = summary.getByRole('button', { name: '5 unhealthy' });
  await unhealthy.click();
  await expect(page).toHaveURL(/\?health=unhealthy$/);
  await expectRowCount(page, 5);
  await expect(unhealthy).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('combobox', { name: 'Health' })).toHaveText('Unhealthy');

  await summary.getByRole('button', { name: '2 expiring within 7 days' }).click();
  await expect(page).toHaveURL(/\?issue=expiresSoon$/);
  await expectRowCount(page, 2);
  await expect(grid(page)).toContainText(seed.fabrikamExpiresSoon.name);
  await expect(unhealthy).toHaveAttribute('aria-pressed', 'false');

  await summary.getByRole('button', { name: '2 expiring within 7 days' }).click();
  await expectRowCount(page, seedCount);
});

test('opening a token and coming back keeps the search, sort, scroll and the focused row', async ({ page, simulator }) => {
  await simulator.reset(400);
  await openList(page, '/?sort=name&dir=asc');
  // Rows must stop arriving before one is picked by its place on screen.
  await expectRowCount(page, 400);
  await searchBox(page).fill('school');
  await expect(grid(page)).toHaveAttribute('data-search', 'school');
  const scroller = grid(page).locator('..');
  await scroller.evaluate((element) => element.scrollTo(0, 2000));
  // 40 px rows: row 56 is on screen 2,000 px down.
  const row = grid(page).locator('[aria-rowindex="57"]');
  const id = await row.getAttribute('data-row-id');
  const name = await row.locator('[data-column="name"]').textContent();
  // By its name: the row is wider than the window, and the middle of what shows is the Sync button.
  await row.locator('[data-column="name"]').click();
  await expect(page).toHaveURL(`/tokens/${id}`);
  // The detail shows at once from the list's data.
  await expect(page.getByRole('heading', { level: 1, name: name! })).toBeVisible();

  await page.getByRole('link', { name: '← All VPP tokens' }).click();
  await expect(page).toHaveURL(/\?q=school&sort=name&dir=asc$/);
  await expect(searchBox(page)).toHaveValue('school');
  const focused = grid(page).locator(`[data-row-id="${id}"]`);
  await expect(focused).toBeFocused();
  expect(await scroller.evaluate((element) => element.scrollTop)).toBeGreaterThan(1500);

  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`/tokens/${id}`);
  await page.goBack();
  await expect(searchBox(page)).toHaveValue('school');
  await expect(focused).toBeFocused();
  expect(await scroller.evaluate((element) => element.scrollTop)).toBeGreaterThan(1500);
});

test('a search cleared after coming back from a token stays cleared', async ({ page }) => {
  await openList(page);
  await searchBox(page).fill('fabrikam');
  await expectRowCount(page, 2);
  await firstRowName(page).click();
  await expect(page).toHaveURL(/\/tokens\//);
  await page.getByRole('link', { name: '← All VPP tokens' }).click();
  await expect(searchBox(page)).toHaveValue('fabrikam');
  await searchBox(page).fill('');
  await expect(page).toHaveURL(/:\d+\/$/);
  // Past the search's trip to the URL, when the list used to send the admin back to the old search.
  await page.waitForTimeout(600);
  await expect(searchBox(page)).toHaveValue('');
  await expectRowCount(page, seedCount);
});

test('a token opened moments after typing a search keeps its own address, and the list keeps the search', async ({ page }) => {
  // The token's page arrives slowly, so the list is still on screen when its search would reach the URL.
  await page.route('**/assets/token-detail-page-*.js', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  await openList(page);
  const fabrikam = grid(page).locator(`[data-row-id="${seed.fabrikamExpiresSoon.id}"] [data-column="name"]`);
  await searchBox(page).fill('fabrikam');
  await fabrikam.click();
  await expect(page.getByRole('heading', { level: 1, name: seed.fabrikamExpiresSoon.name })).toBeVisible();
  await page.waitForTimeout(500);
  expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe(`/tokens/${seed.fabrikamExpiresSoon.id}`);
  await page.goBack();
  await expect(searchBox(page)).toHaveValue('fabrikam');
});

test('the keyboard moves between rows and into cells, and Enter opens the token', async ({ page }) => {
  await openList(page, '/?sort=name&dir=asc');
  await searchBox(page).focus();
  // From the search box, Tab leads through the filters and header buttons to the grid's one tabbable row.
  const first = dataRows(page).first();
  await first.focus();
  await expect(first).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(dataRows(page).nth(1)).toBeFocused();
  await page.keyboard.press('End');
  await expect(dataRows(page).last()).toBeFocused();
  await expect(dataRows(page).last()).toHaveAttribute('aria-rowindex', String(seedCount + 1));
  await page.keyboard.press('Home');
  await expect(first).toBeFocused();
  await expect(first).toHaveAttribute('tabindex', '0');
  await expect(dataRows(page).nth(1)).toHaveAttribute('tabindex', '-1');

  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(first.locator('[role="gridcell"]').nth(1)).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(first).toBeFocused();

  const id = await first.getAttribute('data-row-id');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`/tokens/${id}`);
});

test('a focused row keeps the focus on its token when fresh data moves that token elsewhere in the list', async ({ page, request }) => {
  // Fake time only to make the list's data stale at once, so that returning to the tab reads it again.
  await page.clock.install();
  await openList(page, '/?sort=name&dir=asc');
  await expectRowCount(page, seedCount);
  const token = grid(page).locator(`[data-row-id="${seed.wideWorld.id}"]`);
  await token.focus();
  await page.keyboard.press('ArrowRight');
  const focusedCell = page.locator(':focus');
  const place = await focusedCell.evaluate((cell) => cell.closest('[data-row-index]')!.getAttribute('data-row-index'));
  expect(Number(place)).toBeGreaterThan(0);

  const renamed = await request.patch(`/graph/beta/deviceAppManagement/vppTokens/${seed.wideWorld.id}`, {
    headers: { Authorization: 'Bearer demo' },
    data: { displayName: 'AAA first by name' },
  });
  expect(renamed.ok()).toBe(true);
  await page.clock.fastForward(60_000);
  // What TanStack Query listens to for a return to the tab.
  await page.evaluate(() => window.dispatchEvent(new Event('visibilitychange')));

  await expect(dataRows(page).first()).toHaveAttribute('data-row-id', seed.wideWorld.id);
  await expect(token.locator('[role="gridcell"]').first()).toBeFocused();
  // The place it left now shows another token.
  await expect(dataRows(page).nth(Number(place))).not.toHaveAttribute('data-row-id', seed.wideWorld.id);
});

test('a sync started from a row shows "Syncing…" on that row alone, and on the token’s page while it runs', async ({ page, simulator }) => {
  // Long enough to outlast opening the token's page on a busy machine (4 s did not always).
  await simulator.settings({ syncDurationMs: 10_000 });
  await openList(page);
  await expectRowCount(page, seedCount);
  const row = grid(page).locator(`[data-row-id="${seed.wideWorld.id}"]`);
  await row.getByRole('button', { name: 'Sync licenses' }).click();
  await expect(row.getByRole('button', { name: 'Syncing…' })).toBeDisabled();
  await expect(grid(page).getByRole('button', { name: 'Syncing…' })).toHaveCount(1);
  await row.getByRole('gridcell').nth(1).click();
  await expect(page).toHaveURL(`/tokens/${seed.wideWorld.id}`);
  await expect(page.getByRole('toolbar', { name: 'Token actions' }).getByRole('button', { name: 'Syncing…' })).toBeDisabled();
  await expect(page.getByRole('toolbar', { name: 'Token actions' }).getByRole('button', { name: 'Sync licenses' })).toBeEnabled({ timeout: 25_000 });
});

test('a sync started from a row still says how it ended after a search took that row off the screen', async ({ page, simulator }) => {
  await simulator.settings({ syncDurationMs: 3000 });
  await openList(page, '/?sort=name&dir=asc');
  await expectRowCount(page, seedCount);
  const row = grid(page).locator(`[data-row-id="${seed.wideWorld.id}"]`);
  await row.getByRole('button', { name: 'Sync licenses' }).click();
  await expect(row.getByRole('button', { name: 'Syncing…' })).toBeDisabled();
  // Another token takes the row's place on screen while Apple answers.
  await searchBox(page).fill('contoso');
  await expect(row).toHaveCount(0);
  await expect(page.getByText(`${seed.wideWorld.name}: Licenses synced`, { exact: true })).toBeVisible({ timeout: 15_000 });
  expect((await simulator.token(seed.wideWorld.id)).lastSyncStatus).toBe('completed');
});

test('a failed load shows Graph’s message and request ID, and Retry loads the list', async ({ page, simulator }) => {
  await simulator.fault({ method: 'GET', path: '/vppTokens', status: 500, code: 'InternalServerError', message: 'The Intune service had a problem.', times: 1 });
  await page.goto('/');
  const alert = page.getByRole('alert').filter({ hasText: 'The VPP tokens could not be loaded' });
  await expect(alert).toContainText('The Intune service had a problem.');
  await expect(alert).toContainText('InternalServerError');
  await expect(alert).toContainText('Request ID');
  await expect(grid(page)).toHaveCount(0);
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expectRowCount(page, seedCount);
  await expect(alert).toHaveCount(0);
});

test('the request ID of a failed load can be copied for a support case, and the button says it was', async ({ page, context, simulator }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await simulator.fault({ method: 'GET', path: '/vppTokens', status: 500, code: 'InternalServerError', times: 1 });
  await page.goto('/');
  const alert = page.getByRole('alert').filter({ hasText: 'The VPP tokens could not be loaded' });
  const requestId = await alert.locator('code').last().textContent();
  expect(requestId).toMatch(/\S{8,}/);
  await alert.getByRole('button', { name: 'Copy request ID' }).click();
  await expect(alert.getByRole('button', { name: 'Copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(requestId);
});

test('when Graph throttles the list, the wait it asked for is shown and loading carries on', async ({ page, simulator }) => {
  await simulator.fault({ method: 'GET', path: '/vppTokens', status: 429, code: 'TooManyRequests', retryAfter: 1, times: 1 });
  await page.goto('/');
  await expect(page.getByText('Graph asked us to wait 1 s')).toBeVisible();
  await expectRowCount(page, seedCount);
  await expect(page.getByText('Graph asked us to wait 1 s')).toHaveCount(0);
});

test('an empty tenant says so and explains where tokens come from', async ({ page, simulator }) => {
  await simulator.reset(0);
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'No VPP tokens yet' })).toBeVisible();
  await expect(page.getByText(/Apple Business Manager/)).toBeVisible();
  await expect(grid(page)).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Export CSV' })).toBeDisabled();
});

test('Refresh fetches the list again and says when, the exact time on keyboard focus', async ({ page, request }) => {
  await openList(page);
  await expect(page.getByText(/Last refreshed just now/)).toBeVisible();
  // Focusable once its tooltip's code is here, which no row waits for.
  const refreshedAgo = page.getByText('just now', { exact: true });
  await expect(refreshedAgo).toHaveAttribute('tabindex', '0');
  await refreshedAgo.focus();
  await expect(page.getByRole('tooltip')).toHaveText(/\d{4}/);
  const renamed = await request.patch(`/graph/beta/deviceAppManagement/vppTokens/${seed.contoso.id}`, {
    headers: { Authorization: 'Bearer demo' },
    data: { displayName: 'Contoso renamed elsewhere' },
  });
  expect(renamed.ok()).toBe(true);
  await page.getByRole('button', { name: 'Refresh' }).click();
  await expect(grid(page).locator(`[data-row-id="${seed.contoso.id}"]`)).toContainText('Contoso renamed elsewhere');
});

test('Export CSV saves the view on screen, spreadsheet-safe and without the token secret', async ({ page, simulator }) => {
  const stored = await simulator.tokens();
  await openList(page, '/?health=unhealthy&sort=name&dir=asc');
  await expectRowCount(page, 5);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^vpp-tokens-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = (await readFile(await download.path())).toString('utf8').replace(/^\uFEFF/, '');
  const lines = csv.trimEnd().split('\r\n');
  expect(lines[0]).toBe(
    'Name,Health,Health reasons,State,Expires,Last sync,Last sync status,Apple ID,Organization,Location,Account type,Country or region,Apps,Licenses used,Licenses bought,App delivery,Automatic app updates,ID',
  );
  expect(lines).toHaveLength(6);
  expect(lines[1]).toMatch(/^Adventure Works Cycles,Unhealthy,/);
  expect(lines.map((line) => line.split(',').at(-1))).toContain(seed.tailspinExternalMdm.id);
  for (const token of stored) expect(csv).not.toContain(token.token!.slice(0, 40));
});

test('3,000 tokens: every page loads, the count says so, and the search finds one token among them', async ({ page, simulator }) => {
  test.setTimeout(90_000);
  await simulator.reset(3000);
  const stored = await simulator.tokens();
  expect(stored).toHaveLength(3000);
  await page.goto('/');
  // The first page is on screen before the last has arrived.
  await expect(grid(page)).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: '3,000 tokens' })).toBeVisible({ timeout: 60_000 });
  await expectRowCount(page, 3000);
  // Only the rows on screen exist.
  expect(await dataRows(page).count()).toBeLessThan(60);

  const wanted = stored[2468]!;
  await searchBox(page).fill(wanted.appleId!);
  await expectRowCount(page, 1);
  await expect(firstRowName(page)).toHaveText(wanted.displayName!);
  await expect(page.getByRole('status').filter({ hasText: 'Showing 1 of 3,000 tokens' })).toBeVisible();

  await searchBox(page).fill('');
  // The cleared search shows every token again before the keyboard takes the grid.
  await expectRowCount(page, 3000);
  await grid(page).locator('[role="row"][data-row-id]').first().focus();
  await page.keyboard.press('End');
  await expect(dataRows(page).last()).toBeFocused();
  await expect(dataRows(page).last()).toHaveAttribute('aria-rowindex', '3001');
});
