import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { seed } from './seed';

const { contoso, wideWorld } = seed;

const grid = (page: Page) => page.getByRole('grid', { name: 'VPP tokens' });
const nameField = (page: Page) => page.getByLabel('Display name');
const leaveDialog = (page: Page) => page.getByRole('alertdialog', { name: 'Leave without saving?' });
const tokenUrl = (id: string) => new RegExp(`/tokens/${id}$`);
const listUrl = /:\d+\/$/;

async function openList(page: Page) {
  await page.goto('/');
  await expect(grid(page)).toBeVisible();
}

/** Opens a token from its row in the list, and types a name that is not saved. */
async function editFromList(page: Page, token: { id: string; name: string }) {
  await grid(page).locator(`[data-row-id="${token.id}"] [data-column="name"]`).click();
  await expect(nameField(page)).toHaveValue(token.name);
  await nameField(page).fill('Not saved yet');
}

/** Follows a `#` link on the page, as a plain anchor does: a history entry the router did not make. */
async function followHashLink(page: Page, hash: string) {
  await page.evaluate((href) => {
    const link = document.createElement('a');
    link.href = href;
    link.textContent = 'Jump';
    document.body.append(link);
    link.click();
    link.remove();
  }, hash);
  await expect(page).toHaveURL(new RegExp(`${hash}$`));
}

/** Moves through history as a script or the browser's menu would, not waiting for a page to load. */
const go = (page: Page, delta: number) => page.evaluate((steps) => history.go(steps), delta);

async function stay(page: Page, id: string) {
  await leaveDialog(page).getByRole('button', { name: 'Stay' }).click();
  await expect(leaveDialog(page)).toBeHidden();
  await expect(page).toHaveURL(tokenUrl(id));
  await expect(nameField(page)).toHaveValue('Not saved yet');
}

test('“Skip to content” moves focus to the page without a history entry, and Back from a token with unsaved edits then asks', async ({ page }) => {
  await openList(page);
  const entries = await page.evaluate(() => history.length);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
  await expect(page).toHaveURL(listUrl);
  expect(await page.evaluate(() => history.length)).toBe(entries);

  await editFromList(page, contoso);
  await page.goBack();
  await stay(page, contoso.id);
  await page.goBack();
  await leaveDialog(page).getByRole('button', { name: 'Leave' }).click();
  await expect(grid(page)).toBeVisible();
  await expect(page).toHaveURL(listUrl);
});

test('Back and history.go(-2) across an entry a # link made ask first; Leave goes exactly as far as asked', async ({ page }) => {
  await openList(page);
  await followHashLink(page, '#later');
  await editFromList(page, contoso);

  await page.goBack();
  await stay(page, contoso.id);
  await go(page, -2);
  await stay(page, contoso.id);

  await go(page, -2);
  await leaveDialog(page).getByRole('button', { name: 'Leave' }).click();
  await expect(grid(page)).toBeVisible();
  await expect(page).toHaveURL(listUrl);
  // Two steps back is the list as the tab opened it: forward from there, the # entry, then the token.
  await page.goForward();
  await expect(page).toHaveURL(/\/#later$/);
  await page.goForward();
  await expect(page).toHaveURL(tokenUrl(contoso.id));
});

test('Forward and history.go(2) across an entry a # link made ask before leaving unsaved edits', async ({ page }) => {
  await page.goto(`/tokens/${contoso.id}`);
  await expect(nameField(page)).toHaveValue(contoso.name);
  await followHashLink(page, '#facts');
  await page.getByRole('link', { name: '← All VPP tokens' }).click();
  await expect(grid(page)).toBeVisible();
  await go(page, -2);
  await expect(page).toHaveURL(tokenUrl(contoso.id));
  await expect(nameField(page)).toHaveValue(contoso.name);
  await nameField(page).fill('Not saved yet');

  // Two steps forward is the list, past the # entry.
  await go(page, 2);
  await stay(page, contoso.id);

  // To the # entry: the same page, so nothing to ask.
  await page.goForward();
  await expect(page).toHaveURL(new RegExp(`/tokens/${contoso.id}#facts$`));
  await expect(leaveDialog(page)).toBeHidden();
  await page.goForward();
  await leaveDialog(page).getByRole('button', { name: 'Stay' }).click();
  await expect(page).toHaveURL(new RegExp(`/tokens/${contoso.id}#facts$`));
  await expect(nameField(page)).toHaveValue('Not saved yet');

  await page.goForward();
  await leaveDialog(page).getByRole('button', { name: 'Leave' }).click();
  await expect(grid(page)).toBeVisible();
  await expect(page).toHaveURL(listUrl);
});

test('reloading with unsaved edits asks first; without edits it does not', async ({ page }) => {
  const asked: string[] = [];
  page.on('dialog', async (dialog) => {
    asked.push(dialog.type());
    await dialog.dismiss();
  });
  await page.goto(`/tokens/${wideWorld.id}`);
  await expect(nameField(page)).toHaveValue(wideWorld.name);
  await page.reload();
  await expect(nameField(page)).toHaveValue(wideWorld.name);
  expect(asked).toEqual([]);

  await nameField(page).fill('Not saved yet');
  // Not awaited: the admin chose to stay, so the reload never happens.
  void page.evaluate(() => location.reload()).catch(() => undefined);
  await expect.poll(() => asked).toEqual(['beforeunload']);
  await expect(nameField(page)).toHaveValue('Not saved yet');
});

test('closing the tab after moving around in the app still asks while edits are unsaved', async ({ page }) => {
  await openList(page);
  await followHashLink(page, '#later');
  await editFromList(page, contoso);
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

test('signing out with unsaved edits asks first: Stay keeps the edits and the session, Leave signs out', async ({ page }) => {
  await openList(page);
  await editFromList(page, contoso);
  const account = page.getByRole('button', { name: /^Signed in as Demo Admin/ });

  await account.click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await stay(page, contoso.id);
  await expect(account).toBeVisible();

  await account.click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await leaveDialog(page).getByRole('button', { name: 'Leave' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in to manage your VPP tokens' })).toBeVisible();
});

test('a shared link restores the view it names, and a parameter the list does not know falls back to its default', async ({ page }) => {
  await page.goto('/?state=invalid,expired&q=contoso');
  await expect(page.getByRole('searchbox', { name: 'Search tokens' })).toHaveValue('contoso');
  await expect(page.getByRole('combobox', { name: 'State' })).toHaveText('Invalid, Expired');
  await expect(page.getByRole('heading', { name: 'No tokens match' })).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters' }).first().click();
  await expect(grid(page)).toHaveAttribute('aria-rowcount', '14');

  await page.goto('/?sort=colour&dir=sideways&state=valid,bogus&health=great&issue=nope');
  await expect(grid(page)).toBeVisible();
  // What the list does know stays; the rest is the default view: worst health first, no other filter.
  await expect(page.getByRole('combobox', { name: 'State' })).toHaveText('Valid');
  await expect(page.getByRole('combobox', { name: 'Health' })).toHaveText('Any health');
  await expect(grid(page).getByRole('columnheader', { name: 'Health' })).toHaveAttribute('aria-sort', 'descending');
  await expect(page).toHaveURL(/\/\?state=valid$/);
});
