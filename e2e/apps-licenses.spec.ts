import type { Page } from '@playwright/test';
import { byMostUsed, isRunningOut, isVppApp, licenseUse, type VppApp } from '../src/features/apps/model/vpp-apps';
import { bulkApps, expect, test, type Simulator } from './fixtures';
import { seed } from './seed';
import { textLines } from './text-lines';

const { contoso, fabrikamExpiresSoon: fabrikam } = seed;
const count = (n: number) => n.toLocaleString('en-US');
const appsTable = (page: Page) => page.getByRole('table', { name: /^Apps bought with / });
const actions = (page: Page) => page.getByRole('toolbar', { name: 'Token actions' });
/** A fact on the token's page, by its term. */
const fact = (page: Page, term: string) =>
  page.locator('dl[aria-label="Set by Apple and Intune"] > div', { has: page.locator('dt', { hasText: new RegExp(`^${term}$`) }) }).locator('dd');
// The app reads Graph again 1, 3, 7 and 15 s after a revoke; a busy machine may need the last.
const revokeWait = 30_000;

async function openToken(page: Page, id: string, name?: string) {
  await page.goto(`/tokens/${id}`);
  if (name) await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Apps and licenses' })).toBeVisible();
}

async function vppApps(simulator: Simulator, tokenId: string): Promise<VppApp[]> {
  return (await simulator.apps(tokenId)).filter((app) => isVppApp(app as never)) as unknown as VppApp[];
}

/** Contoso's page with the licenses of its Teams app open (users and devices hold them). */
async function openTeamsLicenses(page: Page, simulator: Simulator) {
  const teams = (await vppApps(simulator, contoso.id)).find((app) => app.bundleId === 'com.microsoft.skype.teams')!;
  await openToken(page, contoso.id, contoso.name);
  await appsTable(page).getByRole('button', { name: `Licenses of ${teams.displayName}` }).click();
  return { teams, panel: page.getByRole('region', { name: `Licenses of ${teams.displayName}` }) };
}

/** The table's rows as the admin reads them: name (with its flag), used, total, free. */
async function shownRows(page: Page) {
  return appsTable(page)
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent?.trim() ?? '')));
}

test('a token’s apps table shows each bundle ID whole on one line at a laptop’s width', async ({ page, simulator }) => {
  const apps = await vppApps(simulator, contoso.id);
  await page.setViewportSize({ width: 1280, height: 800 });
  await openToken(page, contoso.id, contoso.name);
  const bundleIds = appsTable(page).locator('tbody tr td:nth-child(3)');
  await expect(bundleIds).toHaveCount(apps.length);
  expect(await textLines(bundleIds)).toEqual(apps.map(() => 1));
});

test('a token’s page lists every VPP app bought with it, most used first, with the counts Graph holds and the totals among its facts', async ({ page, simulator }) => {
  const apps = (await vppApps(simulator, contoso.id)).sort(byMostUsed);
  expect(apps.length).toBeGreaterThan(2);
  await openToken(page, contoso.id, contoso.name);
  await expect(appsTable(page).locator('tbody tr')).toHaveCount(apps.length);
  const rows = await shownRows(page);
  rows.forEach((cells, i) => {
    const app = apps[i]!;
    const use = licenseUse(app);
    expect(cells[0]).toContain(app.displayName!);
    expect(cells[2]).toBe(app.bundleId);
    expect(cells.slice(4, 7)).toEqual([count(use.used), count(use.total), count(use.free)]);
  });
  const used = apps.reduce((sum, app) => sum + licenseUse(app).used, 0);
  const total = apps.reduce((sum, app) => sum + licenseUse(app).total, 0);
  await expect(fact(page, 'Apps')).toHaveText(String(apps.length));
  await expect(fact(page, 'Licenses in use')).toContainText(`${count(used)} of ${count(total)}, as of the last sync`);
  // Each app at or past 90 % of what was bought is named, with the fix.
  const runningOut = apps.filter((app) => isRunningOut(app) || licenseUse(app).overUsed);
  const warning = page.locator('.fui-MessageBar', { hasText: 'Licenses running out' });
  for (const app of runningOut) await expect(warning).toContainText(app.displayName!);
  await expect(warning).toContainText('Buy more in Apple Business Manager, then sync the token');
  await expect(warning.getByRole('button', { name: 'Sync licenses' })).toBeVisible();

  await page.getByRole('searchbox', { name: 'Search this token’s apps' }).fill(apps[0]!.bundleId!);
  await expect(appsTable(page).locator('tbody tr')).toHaveCount(1);
  await expect(page.getByText(`1 of ${apps.length} apps`)).toBeVisible();
});

test('an app that uses more licenses than were bought is flagged on its token', async ({ page, simulator }) => {
  const apps = await vppApps(simulator, fabrikam.id);
  const overUsed = apps.find((app) => licenseUse(app).overUsed);
  expect(overUsed, 'the seed holds an over-used app on Fabrikam').toBeDefined();
  await openToken(page, fabrikam.id, fabrikam.name);
  await expect(appsTable(page).locator('tr', { hasText: overUsed!.displayName! })).toContainText('Over-used');
  await expect(page.locator('.fui-MessageBar', { hasText: 'Licenses running out' })).toContainText('More are in use than were bought');
});

test('the list shows each token’s apps and licenses used, sorts on them, and counts the tokens with licenses running out', async ({ page, simulator }) => {
  const all = (await simulator.apps()).filter((app) => isVppApp(app as never)) as unknown as VppApp[];
  const tokensRunningOut = new Set(all.filter((app) => isRunningOut(app) || licenseUse(app).overUsed).map((app) => app.vppTokenId));
  await page.goto('/?sort=licensesUsed&dir=desc');
  const grid = page.getByRole('grid', { name: 'VPP tokens' });
  const summary = page.getByRole('group', { name: 'Tokens that need attention' });
  const item = summary.getByRole('button', { name: `${tokensRunningOut.size} with licenses running out` });
  await expect(item).toBeVisible();
  // Sorted by licenses used, most first: the first row is the token with the most.
  const usedByToken = new Map<string, number>();
  for (const app of all) usedByToken.set(app.vppTokenId!, (usedByToken.get(app.vppTokenId!) ?? 0) + licenseUse(app).used);
  const [topId, topUsed] = [...usedByToken.entries()].sort((a, b) => b[1] - a[1])[0]!;
  const first = grid.locator('[aria-rowindex="2"]');
  await expect(first).toHaveAttribute('data-row-id', topId);
  await expect(first.locator('[data-column="licensesUsed"]')).toContainText(`${count(topUsed)} of`);
  await item.click();
  await expect(page.getByRole('status').filter({ hasText: `Showing ${tokensRunningOut.size} of` })).toBeVisible();
});

test('an app’s licenses open into view with the focus on their heading, and closing them gives the focus back to the app’s button', async ({ page, simulator }) => {
  const teams = (await vppApps(simulator, contoso.id)).find((app) => app.bundleId === 'com.microsoft.skype.teams')!;
  await openToken(page, contoso.id, contoso.name);
  const show = appsTable(page).getByRole('button', { name: `Licenses of ${teams.displayName}` });
  await show.focus();
  await page.keyboard.press('Enter');
  const panel = page.getByRole('region', { name: `Licenses of ${teams.displayName}` });
  await expect(panel.getByRole('heading', { name: `Licenses of ${teams.displayName}` })).toBeFocused();
  await expect(panel.getByRole('heading', { name: `Licenses of ${teams.displayName}` })).toBeInViewport();
  await expect(show).toHaveAttribute('aria-expanded', 'true');
  await expect(show).toHaveAttribute('aria-controls', (await panel.getAttribute('id'))!);

  await panel.getByRole('button', { name: 'Close' }).click();
  await expect(panel).toHaveCount(0);
  await expect(show).toBeFocused();
  await expect(show).toHaveAttribute('aria-expanded', 'false');
});

/** Fills Contoso's token up to `total` apps, each with a few licenses in use; its apps, most used first. */
async function manyApps(simulator: Simulator, total: number) {
  const seeded = (await vppApps(simulator, contoso.id)).length;
  await simulator.addApps(bulkApps(contoso.id, total - seeded, 20, (i) => 1 + (i % 7)));
  return (await vppApps(simulator, contoso.id)).sort(byMostUsed);
}

test('a token carrying 300 apps draws only the rows on screen, and scrolling to the end shows the least used app with the counts Graph holds', async ({ page, simulator }) => {
  const apps = await manyApps(simulator, 300);
  expect(apps).toHaveLength(300);
  await openToken(page, contoso.id, contoso.name);
  await expect(appsTable(page)).toHaveAttribute('aria-rowcount', '301');
  const drawn = appsTable(page).locator('tbody tr[data-app-id]');
  await expect(drawn.first()).toContainText(apps[0]!.displayName!);
  expect(await drawn.count()).toBeLessThan(100);

  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  const last = apps.at(-1)!;
  const lastRow = appsTable(page).locator(`tr[data-app-id="${last.id}"]`);
  await expect(lastRow).toBeInViewport();
  await expect(lastRow).toHaveAttribute('aria-rowindex', '301');
  const use = licenseUse(last);
  expect((await lastRow.locator('td').allTextContents()).slice(4, 7)).toEqual([count(use.used), count(use.total), count(use.free)]);
  expect(await drawn.count()).toBeLessThan(100);
});

test('on a token with 300 apps, closing an app’s licenses panel far below its row gives the focus back to the row’s Show button', async ({ page, simulator }) => {
  const apps = await manyApps(simulator, 300);
  await openToken(page, contoso.id, contoso.name);
  const show = appsTable(page).getByRole('button', { name: `Licenses of ${apps[0]!.displayName}` });
  await show.click();
  const panel = page.getByRole('region', { name: `Licenses of ${apps[0]!.displayName}` });
  await expect(panel.getByRole('heading', { name: `Licenses of ${apps[0]!.displayName}` })).toBeFocused();
  // The panel comes after all 300 rows: the first row is scrolled far out of view.
  await expect(show).not.toBeInViewport();
  await panel.getByRole('button', { name: 'Close' }).click();
  await expect(show).toBeFocused();
  await expect(show).toBeInViewport();
});

test('revoking every license of an app shows progress until Graph’s count falls to zero', async ({ page, simulator }) => {
  await simulator.settings({ revokeDelayMs: 1500 });
  const { teams, panel } = await openTeamsLicenses(page, simulator);
  await expect(panel.getByRole('table', { name: 'Assigned licenses' }).locator('tbody tr')).toHaveCount(licenseUse(teams).used);
  await panel.getByRole('button', { name: 'Revoke all licenses' }).click();
  const dialog = page.getByRole('alertdialog', { name: `Revoke every license of ${teams.displayName}?` });
  await expect(dialog).toContainText(`All ${count(licenseUse(teams).used)} licenses`);
  await dialog.getByRole('button', { name: `Revoke ${count(licenseUse(teams).used)} licenses` }).click();
  await expect(panel.getByText('Revoking: waiting for Apple to free the licenses…')).toBeVisible();
  await expect(panel.getByText('Licenses revoked: Graph shows them free.')).toBeVisible({ timeout: revokeWait });
  const after = (await simulator.apps(contoso.id)).find((app) => app.id === teams.id)!;
  expect(after.usedLicenseCount).toBe(0);
  await expect(appsTable(page).locator('tr', { hasText: teams.displayName! }).locator('td').nth(4)).toHaveText('0');
  await expect(panel.getByText('No license of this app is assigned.')).toBeVisible();
});

test('revoking a token’s licenses frees every app’s, and the token’s page then records the revoke as done with its count', async ({ page, simulator }) => {
  await simulator.settings({ revokeDelayMs: 500 });
  const used = (await vppApps(simulator, contoso.id)).reduce((sum, app) => sum + licenseUse(app).used, 0);
  await openToken(page, contoso.id, contoso.name);
  await page.getByRole('button', { name: 'Revoke licenses', exact: true }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: /^Revoke \d/ }).click();
  await expect(page.getByText('Licenses revoked: Graph shows them free.')).toBeVisible({ timeout: revokeWait });
  expect((await vppApps(simulator, contoso.id)).every((app) => licenseUse(app).used === 0)).toBe(true);
  await expect(fact(page, 'Revoke licenses')).toHaveText(new RegExp(`^Done (just now|1 minute ago), ${count(used)} licenses$`));
});

test('revoking one user’s license frees exactly that one', async ({ page, simulator }) => {
  await simulator.settings({ revokeDelayMs: 500 });
  const { teams, panel } = await openTeamsLicenses(page, simulator);
  const before = licenseUse(teams).used;
  const licenses = panel.getByRole('table', { name: 'Assigned licenses' }).locator('tbody tr');
  await expect(licenses).toHaveCount(before);
  await licenses.first().getByRole('button', { name: /^Revoke the license/ }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Revoke 1 license' }).click();
  await expect(panel.getByText('Licenses revoked: Graph shows them free.')).toBeVisible({ timeout: revokeWait });
  expect((await simulator.apps(contoso.id)).find((app) => app.id === teams.id)!.usedLicenseCount).toBe(before - 1);
  await expect(licenses).toHaveCount(before - 1);
});

test('a license revoke confirmed from the keyboard gives the focus back to its Revoke button while Apple works', async ({ page, simulator }) => {
  await simulator.settings({ revokeDelayMs: 3000 });
  const { panel } = await openTeamsLicenses(page, simulator);
  const revoke = panel.getByRole('table', { name: 'Assigned licenses' }).locator('tbody tr').first().getByRole('button', { name: /^Revoke the license/ });
  await revoke.focus();
  await page.keyboard.press('Enter');
  await page.getByRole('alertdialog').getByRole('button', { name: 'Revoke 1 license' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  await expect(revoke).toBeDisabled();
  await expect(revoke).toBeFocused();
  await expect(panel.getByText('Licenses revoked: Graph shows them free.')).toBeVisible({ timeout: revokeWait });
});

test('a revoke Apple refuses says Apple’s reason and leaves the licenses as Graph holds them', async ({ page, simulator }) => {
  await simulator.settings({ revokeDelayMs: 500, revokeFailure: 'expiredVppToken' });
  const { teams, panel } = await openTeamsLicenses(page, simulator);
  await panel.getByRole('button', { name: 'Revoke all licenses' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: /^Revoke \d/ }).click();
  const failure = panel.getByRole('alert').filter({ hasText: 'The revoke failed' });
  await expect(failure).toBeVisible({ timeout: revokeWait });
  await expect(failure).toContainText('The token has expired, so Apple takes no requests for it. Renew the token, then revoke again.');
  expect((await simulator.apps(contoso.id)).find((app) => app.id === teams.id)!.usedLicenseCount).toBe(teams.usedLicenseCount);
  await expect(appsTable(page).locator('tr', { hasText: teams.displayName! }).locator('td').nth(4)).toHaveText(count(licenseUse(teams).used));
});

test('“Revoke licenses, then delete” says what it waits for, then deletes the token once Graph shows its licenses free', async ({ page, simulator }) => {
  await simulator.settings({ revokeDelayMs: 3000 });
  await openToken(page, contoso.id, contoso.name);
  await actions(page).getByRole('button', { name: 'Delete token' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Revoke licenses, then delete' }).click();
  const waiting = page.getByRole('status').filter({ hasText: 'Revoking the licenses, then deleting' });
  await expect(waiting).toContainText('Waiting for Apple to free the token’s licenses');
  // Nothing is deleted while Apple still counts licenses.
  expect((await simulator.tokens()).some((token) => token.id === contoso.id)).toBe(true);
  await expect(page.getByRole('grid', { name: 'VPP tokens' })).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('.fui-ToastTitle', { hasText: `Deleted ${contoso.name}` })).toBeVisible();
  expect((await simulator.tokens()).some((token) => token.id === contoso.id)).toBe(false);
  expect(await simulator.apps(contoso.id)).toEqual([]);
});

test('when the revoke before a delete fails, nothing is deleted until the admin says so, with the consequence stated', async ({ page, simulator }) => {
  await simulator.settings({ revokeDelayMs: 500, revokeFailure: 'appleFailure' });
  await openToken(page, contoso.id, contoso.name);
  await actions(page).getByRole('button', { name: 'Delete token' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Revoke licenses, then delete' }).click();
  const stuck = page.getByRole('alert').filter({ hasText: 'The token was not deleted' });
  await expect(stuck).toBeVisible({ timeout: revokeWait });
  await expect(stuck).toContainText('Apple refused to revoke the licenses');
  await expect(stuck).toContainText('Intune can no longer revoke them');
  expect((await simulator.tokens()).some((token) => token.id === contoso.id)).toBe(true);
  await stuck.getByRole('button', { name: 'Stop' }).click();
  await expect(stuck).toHaveCount(0);
  expect((await simulator.tokens()).some((token) => token.id === contoso.id)).toBe(true);
  // The token's own record of the revoke, in words, stays on its page after the flow is stopped.
  await expect(fact(page, 'Revoke licenses')).toContainText(/^Failed (just now|1 minute ago)/);
  await expect(fact(page, 'Revoke licenses')).toContainText('Apple refused to revoke the licenses');
});

test('an account without the apps permission sees the token, and the apps section names the permission it lacks', async ({ page, simulator }) => {
  await simulator.fault({ method: 'GET', path: '/mobileApps', status: 403, code: 'Forbidden', message: 'Application is not authorized to perform this operation.' });
  await openToken(page, contoso.id, contoso.name);
  const alert = page.locator('.fui-MessageBar', { hasText: 'You cannot see apps' });
  await expect(alert).toContainText('DeviceManagementApps.Read.All');
  await expect(page.getByLabel('Display name')).toHaveValue(contoso.name);
});

test('where Graph refuses the type filter, every page of apps is read and only the VPP apps are shown', async ({ page, simulator }) => {
  await simulator.settings({ refusedQueryOptions: ['$filter'], pageSizeCap: 5 });
  const apps = await vppApps(simulator, contoso.id);
  await openToken(page, contoso.id, contoso.name);
  await expect(appsTable(page).locator('tbody tr')).toHaveCount(apps.length);
});

test('in Graph v1.0 the apps section says apps per token need beta instead of guessing', async ({ page }) => {
  await page.route('**/config.json', (route) => route.fulfill({ json: { mode: 'demo', graph: { baseUrl: '/graph', version: 'v1.0' } } }));
  // v1.0 has no display name: the heading is the organization's.
  await openToken(page, contoso.id);
  await expect(page.getByText('Apps per token need Graph beta')).toBeVisible();
  await expect(appsTable(page)).toHaveCount(0);
});

test('at a laptop’s width of 1280 px the list shows each token’s apps and licenses used without scrolling sideways', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  const grid = page.getByRole('grid', { name: 'VPP tokens' });
  await expect(grid.locator('[data-column="licensesUsed"]').first()).toContainText(' of ');
  const shown = await grid.evaluate((element) => element.parentElement!.getBoundingClientRect().right);
  for (const name of ['Apps', 'Licenses used']) {
    const header = (await grid.getByRole('columnheader', { name, exact: true }).boundingBox())!;
    expect(header.x + header.width, `${name} ends within the list's visible width`).toBeLessThanOrEqual(shown);
  }
});

test('the admin chooses which list columns show, and this browser keeps the choice across a reload', async ({ page }) => {
  await page.goto('/');
  const grid = page.getByRole('grid', { name: 'VPP tokens' });
  await expect(grid.getByRole('columnheader', { name: 'Apps', exact: true })).toBeVisible();
  const columns = page.getByRole('button', { name: 'Columns' });
  await expect(columns).toBeEnabled();
  await columns.click();
  await page.getByRole('menuitemcheckbox', { name: 'Apps', exact: true }).click();
  await page.getByRole('menuitemcheckbox', { name: 'Apple ID' }).click();
  await page.keyboard.press('Escape');
  await expect(grid.getByRole('columnheader', { name: 'Apps', exact: true })).toHaveCount(0);
  await expect(grid.getByRole('columnheader', { name: 'Apple ID' })).toHaveCount(0);
  await expect(grid.locator('[data-column="appleId"]')).toHaveCount(0);

  await page.reload();
  await expect(grid.getByRole('columnheader', { name: 'Licenses used' })).toBeVisible();
  await expect(grid.getByRole('columnheader', { name: 'Apps', exact: true })).toHaveCount(0);
  await page.getByRole('button', { name: 'Columns' }).click();
  await expect(page.getByRole('menuitemcheckbox', { name: 'Name' })).toBeDisabled();
  await page.getByRole('menuitemcheckbox', { name: 'Apps', exact: true }).click();
  await expect(grid.getByRole('columnheader', { name: 'Apps', exact: true })).toBeVisible();
});

test('with the Health column hidden, each row still offers its fixes, beside the name', async ({ page }) => {
  await page.goto('/');
  const grid = page.getByRole('grid', { name: 'VPP tokens' });
  await page.getByRole('button', { name: 'Columns' }).click();
  await page.getByRole('menuitemcheckbox', { name: 'Health' }).click();
  await page.keyboard.press('Escape');
  await expect(grid.getByRole('columnheader', { name: 'Health' })).toHaveCount(0);
  const headers = grid.getByRole('columnheader');
  await expect(headers.nth(2)).toHaveText('Actions');
  await expect(grid).toHaveAttribute('aria-colcount', String(await headers.count()));
  const row = grid.locator(`[data-row-id="${fabrikam.id}"]`);
  await expect(row.getByRole('gridcell')).toHaveCount(await headers.count());
  await expect(row.getByRole('button', { name: /^Sync licenses/ })).toBeVisible();
  await expect(row.getByRole('button', { name: /^Renew/ })).toBeVisible();
});

test('the admin resizes a list column by dragging or with Alt+arrows, this browser keeps the width, and Reset restores it', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1000 });
  await page.goto('/');
  const grid = page.getByRole('grid', { name: 'VPP tokens' });
  const nameHeader = grid.getByRole('columnheader', { name: 'Name' });
  const nameCell = grid.locator('[data-column="name"]').first();
  await expect(nameCell).toBeVisible();
  const widthOf = async () => Math.round((await nameHeader.boundingBox())!.width);
  const startWidth = await widthOf();
  // Every row's cell follows its header.
  expect(Math.round((await nameCell.boundingBox())!.width)).toBe(startWidth);

  const header = (await nameHeader.boundingBox())!;
  await page.mouse.move(header.x + header.width - 2, header.y + header.height / 2);
  await page.mouse.down();
  await page.mouse.move(header.x + header.width + 118, header.y + header.height / 2, { steps: 5 });
  await page.mouse.up();
  await expect.poll(widthOf).toBeGreaterThanOrEqual(startWidth + 100);
  expect(Math.round((await nameCell.boundingBox())!.width)).toBe(await widthOf());
  // A drag is not a click: the list keeps its sort.
  await expect(page).not.toHaveURL(/sort=/);

  const dragged = await widthOf();
  await nameHeader.getByRole('button').focus();
  await page.keyboard.press('Alt+ArrowLeft');
  await page.keyboard.press('Alt+ArrowLeft');
  await expect.poll(widthOf).toBe(dragged - 40);

  await page.reload();
  await expect(nameCell).toBeVisible();
  await expect.poll(widthOf).toBe(dragged - 40);

  const columns = page.getByRole('button', { name: 'Columns' });
  await expect(columns).toBeEnabled();
  await columns.click();
  await page.getByRole('menuitem', { name: 'Reset column widths' }).click();
  await expect.poll(widthOf).toBe(startWidth);
  await page.reload();
  await expect(nameCell).toBeVisible();
  await expect.poll(widthOf).toBe(startWidth);
});
