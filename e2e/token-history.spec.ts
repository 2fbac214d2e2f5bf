import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { seed } from './seed';

const { contoso } = seed;
const history = (page: Page) => page.getByRole('region', { name: 'History' });
const rows = (page: Page) => history(page).getByRole('table', { name: 'Changes to this token, newest first' }).locator('tbody tr');

async function openContoso(page: Page) {
  await page.goto(`/tokens/${contoso.id}`);
  await expect(page.getByLabel('Display name')).toHaveValue(contoso.name);
  await expect(history(page).getByText('can take a few minutes to show a change')).toBeVisible();
}

test('a save made a moment ago shows first in the token’s history, by the signed-in demo user, with the old and new values', async ({ page }) => {
  await openContoso(page);
  // The seed's week of history is there before the save.
  await expect(rows(page).first()).toBeVisible();
  const seeded = await rows(page).count();
  const account = await page.getByRole('button', { name: /^Signed in as / }).getAttribute('aria-label');
  const upn = /\(([^)]+)\)$/.exec(account ?? '')?.[1];
  expect(upn).toBeTruthy();

  await page.getByLabel('Display name').fill('Contoso – history check');
  await page.getByRole('switch', { name: 'Automatically update apps' }).click();
  await page.getByRole('button', { name: 'Save' }).click();

  await expect(rows(page)).toHaveCount(seeded + 1);
  const newest = rows(page).first();
  await expect(newest).toContainText(upn!);
  await expect(newest).toContainText('just now');
  await expect(newest).toContainText('Changed settings');
  await expect(newest).toContainText(`Display name: ${contoso.name} to Contoso – history check`);
  await expect(newest).toContainText('Automatically update apps: on to off');
  await expect(newest).toContainText('Succeeded');
});

test('Load older reads further back, and the seed’s automation shows by its app name', async ({ page }) => {
  await openContoso(page);
  await expect(rows(page).first()).toBeVisible();
  const before = await rows(page).count();
  const loadOlder = history(page).getByRole('button', { name: 'Load older' });
  const synced = rows(page).filter({ hasText: 'Synced licenses' });
  // Each click reads back at least a week, further while the weeks are empty; the seed's sync is two to three weeks old.
  for (let clicks = 0; clicks < 5 && (await synced.count()) === 0; clicks++) {
    await loadOlder.click();
    await expect(history(page).getByRole('button', { name: 'Loading older changes…' })).toHaveCount(0);
  }
  await expect(synced.first()).toContainText('Contoso VPP automation');
  expect(await rows(page).count()).toBeGreaterThan(before);
});

test('an account Graph refuses the audit log sees the rest of the page and the permission it needs', async ({ page, simulator }) => {
  await simulator.fault({ method: 'GET', path: '/auditEvents', status: 403, times: 10 });
  await page.goto(`/tokens/${contoso.id}`);
  await expect(history(page).getByText('You cannot see this token’s history')).toBeVisible();
  await expect(history(page)).toContainText('DeviceManagementApps.Read.All');
  await expect(page.getByLabel('Display name')).toHaveValue(contoso.name);
  await expect(page.getByRole('heading', { name: 'Apps and licenses' })).toBeVisible();
});

test('a busy token shows its newest 50 changes first, and Load older shows the rest of the week before reading further back', async ({ page, simulator }) => {
  // 120 changes over six days: all in the first week the page reads, besides the seed's rename.
  await simulator.auditHistory(contoso.id, 120, 6);
  await openContoso(page);
  await expect(rows(page)).toHaveCount(50);
  await expect(history(page).getByRole('status')).toHaveText(/^121 changes since .*, the newest 50 shown$/);
  const loadOlder = history(page).getByRole('button', { name: 'Load older' });
  await loadOlder.click();
  await expect(rows(page)).toHaveCount(100);
  await loadOlder.click();
  await expect(rows(page)).toHaveCount(121);
  await expect(history(page).getByRole('status')).toHaveText(/^121 changes since /);
  // The newest of the busy log's changes (one every 1.2 hours) is still first.
  await expect(rows(page).first()).toContainText('1 hour ago');
});
