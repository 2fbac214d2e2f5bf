import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { seed } from './seed';

const { contoso } = seed;
const history = (page: Page) => page.getByRole('region', { name: 'History' });
const rows = (page: Page) => history(page).getByRole('table', { name: 'Changes to this token, newest first' }).locator('tbody tr');
const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name });

/** A toast's title, not its copy for screen readers. */
function toast(page: Page, text: string) {
  return page.locator('.fui-ToastTitle', { hasText: text });
}

async function openContoso(page: Page) {
  await page.goto(`/tokens/${contoso.id}`);
  await expect(page.getByLabel('Display name')).toHaveValue(contoso.name);
  await expect(rows(page).first()).toBeVisible();
}

async function saveName(page: Page, name: string) {
  await page.getByLabel('Display name').fill(name);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(toast(page, `Renamed to "${name}"`)).toBeVisible();
}

test('Undo on the saved notice puts the old name back in Graph and on screen', async ({ page, simulator }) => {
  await openContoso(page);
  await saveName(page, 'Contoso – to be undone');
  expect((await simulator.token(contoso.id)).displayName).toBe('Contoso – to be undone');

  // Fluent lays a toast title's action beside the title, inside the toast.
  await page.locator('.fui-Toast', { hasText: 'Renamed to' }).getByRole('button', { name: 'Undo' }).click();
  await expect(toast(page, `Undone: Display name back to “${contoso.name}”`)).toBeVisible();
  await expect(heading(page, contoso.name)).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Display name' })).toHaveValue(contoso.name);
  expect((await simulator.token(contoso.id)).displayName).toBe(contoso.name);
});

test('Revert on a history entry asks first, then brings the old value back', async ({ page, simulator }) => {
  await openContoso(page);
  await saveName(page, 'Contoso – to be reverted');
  const entry = rows(page).filter({ hasText: `Display name: ${contoso.name} to Contoso – to be reverted` });
  await expect(entry).toHaveCount(1);

  await entry.getByRole('button', { name: 'Revert' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Revert this change?' });
  await expect(dialog).toContainText(`Display name to “${contoso.name}”`);
  await dialog.getByRole('button', { name: 'Revert' }).click();

  await expect(history(page).getByRole('status').filter({ hasText: `Reverted: Display name back to “${contoso.name}”` })).toBeVisible();
  await expect(heading(page, contoso.name)).toBeVisible();
  expect((await simulator.token(contoso.id)).displayName).toBe(contoso.name);
});

test('Revert names a setting changed since and leaves it alone, putting back the rest', async ({ page, simulator }) => {
  await openContoso(page);
  const autoUpdate = page.getByRole('switch', { name: 'Automatically update apps' });
  await expect(autoUpdate).toBeChecked();
  await page.getByLabel('Display name').fill('Contoso – first');
  await autoUpdate.click();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(rows(page).filter({ hasText: `Display name: ${contoso.name} to Contoso – first` })).toHaveCount(1);
  await saveName(page, 'Contoso – second');
  await expect(rows(page).filter({ hasText: 'Display name: Contoso – first to Contoso – second' })).toHaveCount(1);

  await rows(page).filter({ hasText: `Display name: ${contoso.name} to Contoso – first` }).getByRole('button', { name: 'Revert' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Revert this change?' });
  await expect(dialog).toContainText('Automatically update apps to on');
  await expect(dialog).toContainText('Display name: changed since (now “Contoso – second”)');
  await dialog.getByRole('button', { name: 'Revert' }).click();

  await expect(history(page).getByRole('status').filter({ hasText: 'Reverted: Automatically update apps back to on; left alone: Display name' })).toBeVisible();
  await expect(autoUpdate).toBeChecked();
  const stored = await simulator.token(contoso.id);
  expect(stored.automaticallyUpdateApps).toBe(true);
  expect(stored.displayName).toBe('Contoso – second');
});

test('a sync in the history cannot be reverted and says why', async ({ page }) => {
  await openContoso(page);
  await page.getByRole('toolbar', { name: 'Token actions' }).getByRole('button', { name: 'Sync licenses' }).click();
  const synced = rows(page).filter({ hasText: 'Synced licenses' }).first();
  await expect(synced).toContainText('just now');
  await expect(synced.getByRole('button', { name: 'Revert' })).toBeDisabled();
  await expect(synced).toContainText('A sync cannot be undone');
});

test('Undo after a bulk change puts each changed token back through $batch, and lists the one Graph refused', async ({ page, simulator }) => {
  await simulator.reset(12);
  const before = await simulator.tokens();
  const on = before.filter((t) => t.automaticallyUpdateApps).map((t) => t.id!);
  expect(on.length).toBeGreaterThanOrEqual(2);
  const batches: number[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.endsWith('/$batch')) batches.push((request.postDataJSON() as { requests: unknown[] }).requests.length);
  });

  await page.goto('/?sort=name&dir=asc');
  const grid = page.getByRole('grid', { name: 'VPP tokens' });
  await expect(grid).toHaveAttribute('aria-rowcount', String(before.length + 1));
  await grid.getByRole('checkbox', { name: 'Select every token shown' }).click();
  await page.getByRole('toolbar', { name: 'Change the selected tokens' }).getByRole('button', { name: 'Automatic app updates' }).click();
  await page.getByRole('menuitem', { name: 'Turn off' }).click();
  const progress = page.getByRole('status').filter({ hasText: /done, \d+ failed/ });
  await expect(progress).toHaveText(`${on.length} done, 0 failed, 0 retrying, 0 remaining of ${on.length}`);
  expect((await simulator.tokens()).every((t) => !t.automaticallyUpdateApps)).toBe(true);

  const refused = on[0];
  await simulator.fault({ method: 'PATCH', path: refused, status: 500, code: 'InternalServerError', message: `Intune could not update ${refused}.` });
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('Undo: Turn automatic app updates off')).toBeVisible();
  await expect(progress).toHaveText(`${on.length - 1} done, 1 failed, 0 retrying, 0 remaining of ${on.length}`);
  await expect(page.getByRole('list', { name: 'Tokens not changed' })).toContainText(`Intune could not update ${refused}.`);

  const after = new Map((await simulator.tokens()).map((t) => [t.id, t.automaticallyUpdateApps]));
  for (const id of on) expect(after.get(id)).toBe(id !== refused);
  // Tokens the change left alone got no Undo request; both runs went in batches.
  for (const token of before.filter((t) => !t.automaticallyUpdateApps)) expect(after.get(token.id)).toBe(false);
  expect(batches.reduce((a, b) => a + b, 0)).toBe(on.length * 2);
});
