import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

function grid(page: Page) {
  return page.getByRole('grid', { name: 'VPP tokens' });
}

function bulkBar(page: Page) {
  return page.getByRole('toolbar', { name: 'Change the selected tokens' });
}

function progress(page: Page) {
  return page.getByRole('status').filter({ hasText: /done, \d+ failed/ });
}

async function openList(page: Page, count: number) {
  await page.goto('/?sort=name&dir=asc');
  await expect(grid(page)).toHaveAttribute('aria-rowcount', String(count + 1));
}

/** Every request's method and path the page sends to Graph, and each $batch's size. */
function recordGraph(page: Page) {
  const batches: number[] = [];
  const direct: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!url.pathname.startsWith('/graph/') || url.pathname.startsWith('/graph/_simulator')) return;
    if (url.pathname.endsWith('/$batch')) batches.push((request.postDataJSON() as { requests: unknown[] }).requests.length);
    else if (request.method() !== 'GET') direct.push(`${request.method()} ${url.pathname}`);
  });
  return { batches, direct };
}

test('turning off automatic updates on 60 tokens with 10% failing stores the rest and reverts and lists exactly the failed ones', async ({ page, simulator }) => {
  await simulator.reset(60);
  const before = await simulator.tokens();
  const on = before.filter((t) => t.automaticallyUpdateApps);
  const failing = on.filter((_, i) => i % 10 === 4).map((t) => t.id!);
  expect(failing.length).toBeGreaterThanOrEqual(2);
  for (const id of failing) await simulator.fault({ method: 'PATCH', path: id, status: 500, code: 'InternalServerError', message: `Intune could not update ${id}.` });
  const traffic = recordGraph(page);

  await openList(page, 60);
  await grid(page).getByRole('checkbox', { name: 'Select every token shown' }).click();
  await expect(page.getByText('60 tokens selected')).toBeVisible();
  // Slow answers, to see each token change before Graph has answered.
  await simulator.settings({ latencyMs: 1500 });
  const onScreen = await grid(page).locator('[role="row"][data-row-id]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-row-id')));
  const watched = onScreen.find((id) => on.some((t) => t.id === id) && !failing.includes(id!));
  expect(watched, 'a row on screen that the change turns off').toBeDefined();
  await bulkBar(page).getByRole('button', { name: 'Automatic app updates' }).click();
  await page.getByRole('menuitem', { name: 'Turn off' }).click();
  await expect(grid(page).locator(`[data-row-id="${watched}"] [data-column="autoUpdate"]`)).toHaveText('Off', { timeout: 1000 });
  expect((await simulator.token(watched!)).automaticallyUpdateApps).toBe(true);

  await expect(progress(page)).toHaveText(`${on.length - failing.length} done, ${failing.length} failed, 0 retrying, 0 remaining of ${on.length}`);
  const notChanged = page.getByRole('list', { name: 'Tokens not changed' });
  await expect(notChanged.getByRole('listitem')).toHaveCount(failing.length);
  for (const id of failing) await expect(notChanged).toContainText(`Intune could not update ${id}.`);

  const after = new Map((await simulator.tokens()).map((t) => [t.id, t.automaticallyUpdateApps]));
  for (const token of before) expect(after.get(token.id)).toBe(failing.includes(token.id!));
  // The screen equals the store: the failed tokens show their old value again, the rest the new one.
  const csv = await exportCsv(page);
  for (const token of before) expect(csv.get(token.id!)).toBe(failing.includes(token.id!) ? 'On' : 'Off');
  // Only the tokens that needed it were sent, in batches of at most 20, and nothing outside a batch.
  expect(traffic.batches.reduce((a, b) => a + b, 0)).toBe(on.length);
  expect(Math.max(...traffic.batches)).toBeLessThanOrEqual(20);
  expect(traffic.direct).toEqual([]);

  // One click retries the failed ones; they now go through.
  await page.getByRole('button', { name: 'Retry failed' }).click();
  await expect(progress(page)).toHaveText(`${failing.length} done, 0 failed, 0 retrying, 0 remaining of ${failing.length}`);
  expect((await simulator.tokens()).every((t) => !t.automaticallyUpdateApps)).toBe(true);
});

test('a bulk change over Intune’s write limit paces itself, so no request is throttled', async ({ page, simulator }) => {
  test.setTimeout(90_000);
  await simulator.reset(150);
  await simulator.settings({ writeLimit: { writes: 100, windowMs: 20_000 } });
  await openList(page, 150);
  await grid(page).getByRole('checkbox', { name: 'Select every token shown' }).click();
  await bulkBar(page).getByRole('button', { name: 'Scope tags' }).click();
  await page.getByRole('menuitem', { name: 'Add a scope tag' }).click();
  await page.getByLabel('Scope tag ID').fill('7');
  await page.getByRole('button', { name: 'Add for 150 tokens' }).click();
  await expect(progress(page)).toHaveText('150 done, 0 failed, 0 retrying, 0 remaining of 150', { timeout: 60_000 });
  const state = await page.request.get('/graph/_simulator/state').then((r) => r.json() as Promise<{ throttledWrites: number }>);
  expect(state.throttledWrites).toBe(0);
  expect((await simulator.tokens()).every((t) => t.roleScopeTagIds?.includes('7'))).toBe(true);
});

test('deleting many tokens with some refused removes the rest and brings the refused ones back', async ({ page, simulator }) => {
  await simulator.reset(30);
  await openList(page, 30);
  // The first ten rows on screen (the grid renders only what is on screen).
  const rows = grid(page).locator('[role="row"][data-row-id]');
  const doomed: string[] = [];
  for (let i = 0; i < 10; i++) doomed.push((await rows.nth(i).getAttribute('data-row-id'))!);
  const refused = [doomed[2]!, doomed[7]!];
  for (const id of refused) await simulator.fault({ method: 'DELETE', path: id, status: 409, code: 'Conflict', message: 'The token still has licenses assigned.' });
  for (let i = 0; i < 10; i++) await rows.nth(i).locator('[data-row-select]').click();
  await expect(page.getByText('10 tokens selected')).toBeVisible();
  await bulkBar(page).getByRole('button', { name: 'Delete' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Delete 10 tokens?' });
  await expect(dialog.getByRole('listitem')).toHaveCount(10);
  await dialog.getByRole('button', { name: 'Delete 10 tokens' }).click();

  await expect(progress(page)).toHaveText('8 done, 2 failed, 0 retrying, 0 remaining of 10');
  await expect(page.getByRole('list', { name: 'Tokens not changed' })).toContainText('The token still has licenses assigned.');
  const left = (await simulator.tokens()).map((t) => t.id);
  expect(left).toHaveLength(22);
  for (const id of refused) expect(left).toContain(id);
  await expect(grid(page)).toHaveAttribute('aria-rowcount', String(22 + 1));
  // Ticking ten rows scrolled the grid (a click brings its row into view): back to the top, where the refused ones are.
  await grid(page).evaluate((element) => element.parentElement!.scrollTo(0, 0));
  for (const id of refused) await expect(grid(page).locator(`[data-row-id="${id}"]`)).toHaveCount(1);
});

test('closing the tab while a bulk change is under way asks first', async ({ page, simulator }) => {
  await simulator.reset(20);
  await openList(page, 20);
  await simulator.settings({ latencyMs: 5000 });
  await grid(page).getByRole('checkbox', { name: 'Select every token shown' }).click();
  await bulkBar(page).getByRole('button', { name: 'Sync licenses' }).click();
  await expect(progress(page)).toContainText('remaining of 20');
  const asked: string[] = [];
  page.on('dialog', async (dialog) => {
    asked.push(dialog.type());
    await dialog.dismiss();
  });
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => asked).toEqual(['beforeunload']);
  // The admin chose to stay; now close for good, without asking, so the test ends on a closed page.
  await page.close();
});

test('opening a token while a bulk change is under way asks first; Stay keeps the progress in view', async ({ page, simulator }) => {
  await simulator.reset(20);
  await openList(page, 20);
  await simulator.settings({ latencyMs: 4000 });
  await grid(page).getByRole('checkbox', { name: 'Select every token shown' }).click();
  await bulkBar(page).getByRole('button', { name: 'Sync licenses' }).click();
  await expect(progress(page)).toContainText('remaining of 20');
  await grid(page).locator('[role="row"][data-row-id] [data-column="name"]').first().click();
  const dialog = page.getByRole('alertdialog', { name: 'Leave while tokens are still changing?' });
  await dialog.getByRole('button', { name: 'Stay' }).click();
  await expect(page).toHaveURL(/\/\?sort=name&dir=asc$/);
  await expect(progress(page)).toContainText('of 20');
});

test('Shift-click ticks a range of rows, and Space ticks the focused row', async ({ page, simulator }) => {
  await simulator.reset(20);
  await openList(page, 20);
  const rows = grid(page).locator('[role="row"][data-row-id]');
  await rows.nth(1).locator('[data-row-select]').click();
  await rows.nth(5).locator('[data-row-select]').click({ modifiers: ['Shift'] });
  await expect(page.getByText('5 tokens selected')).toBeVisible();
  for (const i of [1, 2, 3, 4, 5]) await expect(rows.nth(i)).toHaveAttribute('aria-selected', 'true');
  await expect(rows.nth(0)).toHaveAttribute('aria-selected', 'false');
  await rows.nth(8).focus();
  await page.keyboard.press('Space');
  await expect(page.getByText('6 tokens selected')).toBeVisible();
  await page.getByRole('button', { name: 'Clear selection' }).click();
  await expect(page.getByRole('toolbar', { name: 'Change the selected tokens' })).toHaveCount(0);
});

/** The current view as the admin would export it: token id to its automatic-updates cell. */
async function exportCsv(page: Page): Promise<Map<string, string>> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
  const text = (await download.createReadStream().then(async (stream) => {
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  })).replace(/^\uFEFF/, '');
  const [head, ...lines] = text.trim().split('\r\n');
  expect(head!.endsWith(',Automatic app updates,ID')).toBe(true);
  // The last two columns never hold a comma, so they read right even where an earlier cell is quoted.
  return new Map(lines.map((line) => line.split(',')).map((cells) => [cells.at(-1)!, cells.at(-2)!]));
}
