import type { Page } from '@playwright/test';
import { encodeTokenFile, formatAppleDate } from '../simulator/token-file.ts';
import { SEED_IDS } from '../simulator/seed.ts';
import { expect, test } from './fixtures';
import { seed } from './seed';
import { textLines } from './text-lines';

const { contoso } = seed;
const day = 86_400_000;
const litware = { id: SEED_IDS.litwareExpired, name: 'Litware Inc. (2024 token)', organization: 'Litware, Inc.' };
const contosoOrganization = 'Contoso Independent School District';

/** Noon UTC some days from now: the same calendar day in every time zone a test machine may use. */
function daysFromNow(days: number): number {
  const date = new Date(Date.now() + days * day);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), 12);
}

/** The date part of what the app shows for a date (the browser formats it the same way, in en-US). */
function shownDay(ms: number): string {
  return new Intl.DateTimeFormat('en-US', { dateStyle: 'medium' }).format(ms);
}

function tokenFile({
  orgName,
  expires = daysFromNow(300),
  secret = `apple-secret-${crypto.randomUUID()}`,
  locationName,
}: {
  orgName: string;
  expires?: number;
  secret?: string;
  locationName?: string;
}) {
  const content = encodeTokenFile({ token: secret, expDate: formatAppleDate(expires), orgName, ...(locationName ? { locationName } : {}) });
  return { content, secret, expires, upload: { name: 'renewal.vpptoken', mimeType: 'application/octet-stream', buffer: Buffer.from(content) } };
}

/** Every request body the page sends with this method, parsed. */
function recordBodies(page: Page, method: string) {
  const bodies: unknown[] = [];
  page.on('request', (request) => {
    if (request.method() === method && request.url().includes('/vppTokens')) bodies.push(request.postDataJSON());
  });
  return bodies;
}

function toast(page: Page, text: string | RegExp) {
  return page.locator('.fui-ToastTitle', { hasText: text });
}

const actions = (page: Page) => page.getByRole('toolbar', { name: 'Token actions' });
const attention = (page: Page) => page.getByRole('region', { name: 'Needs attention' });
const fileInput = (page: Page) => page.getByLabel('Apple token file (.vpptoken)');

async function openToken(page: Page, id: string, name: string) {
  await page.goto(`/tokens/${id}`);
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(actions(page)).toBeVisible();
}

test.describe('renew', () => {
  test('shows the new expiry and organization before sending, then the renewed token, stored in Intune', async ({ page, simulator }) => {
    const patches = recordBodies(page, 'PATCH');
    const file = tokenFile({ orgName: litware.organization });
    await openToken(page, litware.id, litware.name);
    await expect(attention(page)).toContainText('Renew the token');

    await actions(page).getByRole('button', { name: 'Renew token' }).click();
    const dialog = page.getByRole('dialog', { name: `Renew ${litware.name}` });
    const send = dialog.getByRole('button', { name: 'Renew token' });
    await expect(send).toBeDisabled();
    await fileInput(page).setInputFiles(file.upload);

    const preview = dialog.getByRole('definition');
    await expect(dialog.getByText(`renewal.vpptoken: the token for ${litware.organization}`)).toBeVisible();
    await expect(preview.nth(0)).toHaveText(litware.organization);
    await expect(preview.nth(2)).toContainText(shownDay(file.expires));
    expect(patches).toEqual([]);

    await send.click();
    await expect(dialog.getByText(`Renewed. The token now expires on ${shownDay(file.expires)}`)).toBeVisible();
    expect(patches).toEqual([{ token: file.content }]);
    const stored = await simulator.token(litware.id);
    expect(Date.parse(stored.expirationDateTime!)).toBe(file.expires);
    expect(stored.state).toBe('valid');

    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(page.getByRole('term').filter({ hasText: 'Expires' }).locator('xpath=following-sibling::dd[1]')).toHaveText('in 9 months');
    await expect(attention(page)).not.toContainText('Renew the token');
  });

  test('renewed from its row in the list, the dialog stays to say how it went though the row no longer offers a renewal, then gives focus back to the row', async ({ page, simulator }) => {
    const file = tokenFile({ orgName: litware.organization });
    await page.goto('/');
    const row = page.getByRole('grid', { name: 'VPP tokens' }).locator(`[data-row-id="${litware.id}"]`);
    await row.getByRole('button', { name: 'Renew token' }).click();
    const dialog = page.getByRole('dialog', { name: `Renew ${litware.name}` });
    await fileInput(page).setInputFiles(file.upload);
    await dialog.getByRole('button', { name: 'Renew token' }).click();

    await expect(dialog.getByText(`Renewed. The token now expires on ${shownDay(file.expires)}`)).toBeVisible();
    await expect(dialog.getByText(/^Its location, .+, is unchanged\.$/)).toBeVisible();
    await expect(row.getByRole('button', { name: 'Renew token' })).toHaveCount(0);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();
    await expect(row, 'focus goes back to the token\'s row, as the button that opened the dialog is gone').toBeFocused();
    expect(Date.parse((await simulator.token(litware.id)).expirationDateTime!)).toBe(file.expires);
  });

  test('a renewal dialog closed unused on the token\'s page gives focus back to its Renew button', async ({ page }) => {
    await openToken(page, litware.id, litware.name);
    const renew = actions(page).getByRole('button', { name: 'Renew token' });
    await renew.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: `Renew ${litware.name}` });
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(renew).toBeFocused();
  });

  test('a renewal dialog opened from a row and closed unused gives focus back to the row\'s Renew button', async ({ page }) => {
    await page.goto('/');
    const row = page.getByRole('grid', { name: 'VPP tokens' }).locator(`[data-row-id="${litware.id}"]`);
    await row.getByRole('button', { name: 'Renew token' }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: `Renew ${litware.name}` });
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(row.getByRole('button', { name: 'Renew token' })).toBeFocused();
  });

  test('a renewal from a row, closed while Intune catches up, still brings the new expiry after another row\'s renewal was opened', async ({ page, simulator }) => {
    await simulator.settings({ patchAnswers: 204 });
    const old = (await simulator.token(litware.id)).expirationDateTime!;
    // Intune stored the renewal but its reads, of the list and of the token, carry the old date until the test says.
    let stale = false;
    await page.route('**/deviceAppManagement/vppTokens**', async (route) => {
      if (route.request().method() !== 'GET' || !stale) return route.fallback();
      const response = await route.fetch();
      const body = await response.json();
      const aged = (token: { id?: string }) => (token.id === litware.id ? { ...token, expirationDateTime: old } : token);
      await route.fulfill({ response, json: Array.isArray(body.value) ? { ...body, value: body.value.map(aged) } : aged(body) });
    });
    await page.goto('/');
    const grid = page.getByRole('grid', { name: 'VPP tokens' });
    const row = grid.locator(`[data-row-id="${litware.id}"]`);
    stale = true;
    const file = tokenFile({ orgName: litware.organization });
    await row.getByRole('button', { name: 'Renew token' }).click();
    const dialog = page.getByRole('dialog', { name: `Renew ${litware.name}` });
    await fileInput(page).setInputFiles(file.upload);
    await dialog.getByRole('button', { name: 'Renew token' }).click();
    await expect(dialog.getByText(`Graph still reports the old expiry, ${shownDay(Date.parse(old))}`)).toBeVisible();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();

    const other = grid.locator(`[data-row-id="${seed.fabrikamExpiresSoon.id}"]`);
    await other.getByRole('button', { name: 'Renew token' }).click();
    const otherDialog = page.getByRole('dialog', { name: `Renew ${seed.fabrikamExpiresSoon.name}` });
    await expect(otherDialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(otherDialog).toBeHidden();

    stale = false;
    // The first renewal still waits for Intune: once its reads carry the new date, the row is renewed (its checks come at most 8 s apart).
    await expect(row.getByRole('button', { name: 'Renew token' })).toHaveCount(0, { timeout: 20_000 });
    expect(Date.parse((await simulator.token(litware.id)).expirationDateTime!)).toBe(file.expires);
  });

  test('after the upload, says whether the token kept its location, and warns when the file moved it to another', async ({ page, simulator }) => {
    const before = (await simulator.token(litware.id)).locationName;
    await openToken(page, litware.id, litware.name);
    const dialog = page.getByRole('dialog', { name: `Renew ${litware.name}` });
    await actions(page).getByRole('button', { name: 'Renew token' }).click();
    await fileInput(page).setInputFiles(tokenFile({ orgName: litware.organization, locationName: 'Litware – Redmond' }).upload);
    await dialog.getByRole('button', { name: 'Renew token' }).click();
    await expect(dialog.getByText('Renewed.')).toBeVisible();
    await expect(dialog.locator('.fui-MessageBar', { hasText: 'Its location changed' })).toContainText(`from ${before} to Litware – Redmond`);
    expect((await simulator.token(litware.id)).locationName).toBe('Litware – Redmond');
  });

  test('says Graph still reports the old expiry while Intune catches up, and shows the new one once it does', async ({ page, simulator }) => {
    await simulator.settings({ patchAnswers: 204 });
    const old = (await simulator.token(litware.id)).expirationDateTime!;
    let staleReads = 2;
    // Intune stored the renewal but its reads lag: the first reads after the save still carry the old date.
    await page.route(`**/deviceAppManagement/vppTokens/${litware.id}`, async (route) => {
      if (route.request().method() !== 'GET' || staleReads === 0) return route.fallback();
      staleReads -= 1;
      const response = await route.fetch();
      await route.fulfill({ response, json: { ...(await response.json()), expirationDateTime: old } });
    });
    await openToken(page, litware.id, litware.name);
    staleReads = 2;
    const file = tokenFile({ orgName: litware.organization });
    await actions(page).getByRole('button', { name: 'Renew token' }).click();
    const dialog = page.getByRole('dialog');
    await fileInput(page).setInputFiles(file.upload);
    await dialog.getByRole('button', { name: 'Renew token' }).click();

    await expect(dialog.getByText(`Graph still reports the old expiry, ${shownDay(Date.parse(old))}`)).toBeVisible();
    await expect(dialog.getByText(`Renewed. The token now expires on ${shownDay(file.expires)}`)).toBeVisible({ timeout: 15_000 });
    expect(staleReads).toBe(0);
  });

  test('can take the file by drag and drop', async ({ page }) => {
    const file = tokenFile({ orgName: contosoOrganization });
    await openToken(page, contoso.id, contoso.name);
    await actions(page).getByRole('button', { name: 'Renew token' }).click();
    const dropped = await page.evaluateHandle((content) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], 'dropped.vpptoken'));
      return transfer;
    }, file.content);
    await page.getByText('or drop it here').dispatchEvent('drop', { dataTransfer: dropped });
    await expect(page.getByText(`dropped.vpptoken: the token for ${contosoOrganization}`)).toBeVisible();
    await expect(page.getByRole('dialog').getByRole('button', { name: 'Renew token' })).toBeEnabled();
  });

  test('refuses an empty, unreadable, foreign, expired or non-token file at the field and sends nothing', async ({ page, simulator }) => {
    const patches = recordBodies(page, 'PATCH');
    const before = (await simulator.token(contoso.id)).expirationDateTime;
    await openToken(page, contoso.id, contoso.name);
    await actions(page).getByRole('button', { name: 'Renew token' }).click();
    const dialog = page.getByRole('dialog');
    const send = dialog.getByRole('button', { name: 'Renew token' });
    const refusals: [string, string | Buffer, string | RegExp][] = [
      ['empty.vpptoken', '', 'This file is empty.'],
      ['notes.vpptoken', 'Dear admin, here is the token!', "This isn't an Apple token file: it is not base64 text."],
      ['json.vpptoken', Buffer.from('{"hello":"world"}').toString('base64'), "This isn't an Apple token file: it doesn't hold a VPP token."],
      ['old.vpptoken', tokenFile({ orgName: contosoOrganization, expires: daysFromNow(-20) }).content, `This token expired on`],
      ['fabrikam.vpptoken', tokenFile({ orgName: 'Fabrikam Retail Ltd' }).content, `This token belongs to Fabrikam Retail Ltd, not ${contosoOrganization}`],
    ];
    for (const [name, content, reason] of refusals) {
      await fileInput(page).setInputFiles({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(content) });
      await expect(dialog.getByText(reason)).toBeVisible();
      await expect(fileInput(page)).toHaveAttribute('aria-invalid', 'true');
      await expect(send).toBeDisabled();
    }
    // A good file after a bad one is accepted.
    await fileInput(page).setInputFiles(tokenFile({ orgName: contosoOrganization }).upload);
    await expect(send).toBeEnabled();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(patches).toEqual([]);
    expect((await simulator.token(contoso.id)).expirationDateTime).toBe(before);
  });

  test('a renewal Graph refuses says why and asks for the file again', async ({ page, simulator }) => {
    const before = (await simulator.token(contoso.id)).expirationDateTime;
    await simulator.fault({ method: 'PATCH', path: '/vppTokens/', status: 400, code: 'BadRequest', message: 'The token was revoked by Apple.' });
    await openToken(page, contoso.id, contoso.name);
    await actions(page).getByRole('button', { name: 'Renew token' }).click();
    const dialog = page.getByRole('dialog');
    await fileInput(page).setInputFiles(tokenFile({ orgName: contosoOrganization }).upload);
    await dialog.getByRole('button', { name: 'Renew token' }).click();
    const alert = dialog.getByRole('alert').filter({ hasText: 'The token was not renewed' });
    await expect(alert).toContainText('The token was revoked by Apple.');
    await expect(alert).toContainText('Request ID');
    await expect(dialog.getByRole('button', { name: 'Renew token' })).toBeDisabled();
    expect((await simulator.token(contoso.id)).expirationDateTime).toBe(before);
  });

  test('the secret from a renewal never reaches the page, the console, storage or the address', async ({ page }) => {
    const console: string[] = [];
    page.on('console', (message) => console.push(message.text()));
    page.on('pageerror', (error) => console.push(String(error)));
    const file = tokenFile({ orgName: contosoOrganization, secret: `TOPSECRET-${crypto.randomUUID()}` });
    const leaks = async () => {
      const storage = await page.evaluate(() => JSON.stringify([Object.entries(localStorage), Object.entries(sessionStorage)]));
      const places = { dom: await page.content(), console: console.join('\n'), storage, url: page.url() };
      return Object.entries(places)
        .filter(([, text]) => text.includes(file.secret) || text.includes(file.content))
        .map(([place]) => place);
    };

    await openToken(page, contoso.id, contoso.name);
    await actions(page).getByRole('button', { name: 'Renew token' }).click();
    await fileInput(page).setInputFiles(file.upload);
    await expect(page.getByText(`renewal.vpptoken: the token for ${contosoOrganization}`)).toBeVisible();
    expect(await leaks()).toEqual([]);

    await page.getByRole('dialog').getByRole('button', { name: 'Renew token' }).click();
    await expect(page.getByText(/Renewed\. The token now expires/)).toBeVisible();
    expect(await leaks()).toEqual([]);
    await expect(fileInput(page)).toHaveCount(0);

    await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
    await page.getByRole('link', { name: '← All VPP tokens' }).click();
    await expect(page.getByRole('grid', { name: 'VPP tokens' })).toBeVisible();
    expect(await leaks()).toEqual([]);
  });
});

test.describe('sync', () => {
  test('a sync started from the keyboard keeps the focus on its button while it runs, and pressing it again starts nothing', async ({ page, simulator }) => {
    await simulator.settings({ syncDurationMs: 5000 });
    const posts = recordBodies(page, 'POST');
    await openToken(page, seed.wideWorld.id, seed.wideWorld.name);
    const sync = actions(page).getByRole('button', { name: 'Sync licenses' });
    await sync.focus();
    await page.keyboard.press('Enter');
    const syncing = actions(page).getByRole('button', { name: 'Syncing…' });
    await expect(syncing).toBeDisabled();
    await expect(syncing).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByText('Licenses synced')).toBeVisible({ timeout: 15_000 });
    await expect(sync).toBeFocused();
    // The Enter pressed while it ran started nothing.
    expect(posts).toHaveLength(1);
  });

  test('syncs licenses, shows the sync under way, then its completion', async ({ page, simulator }) => {
    await simulator.settings({ syncDurationMs: 1500 });
    const posts = recordBodies(page, 'POST');
    await openToken(page, seed.wideWorld.id, seed.wideWorld.name);
    await actions(page).getByRole('button', { name: 'Sync licenses' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Syncing licenses with Apple' })).toBeVisible();
    await expect(actions(page).getByRole('button', { name: 'Syncing…' })).toBeDisabled();
    await expect(page.getByText('Licenses synced')).toBeVisible({ timeout: 15_000 });
    await expect(actions(page).getByRole('button', { name: 'Sync licenses' })).toBeEnabled();
    await expect(page.getByText(/just now \(completed\)/)).toBeVisible();
    expect(posts).toHaveLength(1);
    expect((await simulator.token(seed.wideWorld.id)).lastSyncStatus).toBe('completed');
    await expect(attention(page)).toHaveCount(0);
  });

  test('a sync Apple fails says so and offers to sync again', async ({ page, simulator }) => {
    await simulator.settings({ syncDurationMs: 200, syncResult: 'failed' });
    await openToken(page, contoso.id, contoso.name);
    await actions(page).getByRole('button', { name: 'Sync licenses' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'The sync failed' });
    await expect(alert).toContainText('Intune reports that the sync with Apple failed');
    await expect(page.getByText(/\(failed\)/)).toBeVisible();
    expect((await simulator.token(contoso.id)).lastSyncStatus).toBe('failed');

    await simulator.settings({ syncResult: 'completed' });
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(page.getByText('Licenses synced')).toBeVisible({ timeout: 15_000 });
  });

  test('a sync Graph refuses to start shows Graph’s message and request ID', async ({ page, simulator }) => {
    await simulator.fault({ method: 'POST', path: '/syncLicenses', status: 500, code: 'InternalServerError', intuneMessage: true, message: 'Apple’s VPP service did not answer.' });
    await openToken(page, contoso.id, contoso.name);
    await actions(page).getByRole('button', { name: 'Sync licenses' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'The sync could not be started' });
    await expect(alert).toContainText('Apple’s VPP service did not answer.');
    await expect(alert).toContainText('Request ID');
    expect((await simulator.token(contoso.id)).lastSyncStatus).toBe('completed');
  });
});

test.describe('delete', () => {
  const grid = (page: Page) => page.getByRole('grid', { name: 'VPP tokens' });

  test('the dialog says what else goes; the row leaves at once and comes back when the delete fails', async ({ page, simulator }) => {
    // Long enough for the list to show before Graph's refusal, even on a busy machine.
    await simulator.fault({ method: 'DELETE', path: '/vppTokens/', status: 500, code: 'InternalServerError', message: 'Intune could not delete the token.', delayMs: 6000 });
    const apps = await simulator.apps(contoso.id);
    const used = apps.reduce((sum, app) => sum + (app.usedLicenseCount ?? 0), 0);
    const total = apps.reduce((sum, app) => sum + (app.totalLicenseCount ?? 0), 0);
    await openToken(page, contoso.id, contoso.name);
    await actions(page).getByRole('button', { name: 'Delete token' }).click();
    const dialog = page.getByRole('alertdialog', { name: `Delete ${contoso.name}?` });
    const assigned = apps.filter((app) => app.isAssigned).length;
    expect(assigned, 'the seed gives Contoso assigned and unassigned apps').toBeGreaterThan(0);
    expect(assigned).toBeLessThan(apps.length);
    await expect(dialog).toContainText(`its ${apps.length} apps and their assignments to users, groups and devices (${assigned} of them are assigned)`);
    await expect(dialog).toContainText(`${used.toLocaleString('en-US')} of its ${total.toLocaleString('en-US')} licenses are in use`);
    await expect(dialog.getByRole('button', { name: 'Revoke licenses, then delete' })).toBeVisible();
    await dialog.getByRole('button', { name: 'Delete token' }).click();

    await expect(grid(page)).toBeVisible();
    await expect(grid(page).getByText(seed.fabrikamExpiresSoon.name, { exact: true })).toBeVisible();
    await expect(grid(page).getByText(contoso.name)).toHaveCount(0);
    await expect(toast(page, `${contoso.name} was not deleted`)).toBeVisible();
    await expect(page.locator('.fui-ToastBody', { hasText: 'Intune could not delete the token. It is back in the list.' })).toBeVisible();
    await expect(grid(page).getByText(contoso.name)).toBeVisible();
    expect((await simulator.token(contoso.id)).displayName).toBe(contoso.name);
  });

  test('the delete dialog shows each of its three choices on one line', async ({ page }) => {
    await openToken(page, contoso.id, contoso.name);
    await actions(page).getByRole('button', { name: 'Delete token' }).click();
    const dialog = page.getByRole('alertdialog', { name: `Delete ${contoso.name}?` });
    await expect(dialog.getByRole('button')).toHaveText(['Cancel', 'Revoke licenses, then delete', 'Delete token']);
    expect(await textLines(dialog.getByRole('button'))).toEqual([1, 1, 1]);
  });

  test('a confirmed delete removes the token from Intune and the list', async ({ page, simulator }) => {
    await openToken(page, contoso.id, contoso.name);
    await actions(page).getByRole('button', { name: 'Delete token' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Delete token' }).click();
    await expect(toast(page, `Deleted ${contoso.name}`)).toBeVisible();
    await expect(grid(page).getByText(seed.fabrikamExpiresSoon.name, { exact: true })).toBeVisible();
    await expect(grid(page).getByText(contoso.name)).toHaveCount(0);
    expect((await simulator.tokens()).map((t) => t.id)).not.toContain(contoso.id);
    await page.goto(`/tokens/${contoso.id}`);
    await expect(page.getByText('This token does not exist')).toBeVisible();
  });

  test('Cancel keeps the token and gives focus back to the Delete button', async ({ page, simulator }) => {
    const deletes = recordBodies(page, 'DELETE');
    await openToken(page, contoso.id, contoso.name);
    const remove = actions(page).getByRole('button', { name: 'Delete token' });
    await remove.click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByRole('alertdialog')).toHaveCount(0);
    await expect(remove).toBeFocused();
    expect(deletes).toEqual([]);
    expect((await simulator.token(contoso.id)).id).toBe(contoso.id);
  });

  test('answered “Revoke licenses, then delete” from the keyboard, the delete question gives the focus back to Delete token, which waits', async ({ page }) => {
    await openToken(page, contoso.id, contoso.name);
    const remove = actions(page).getByRole('button', { name: 'Delete token' });
    await remove.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('alertdialog', { name: `Delete ${contoso.name}?` });
    await dialog.getByRole('button', { name: 'Revoke licenses, then delete' }).focus();
    await page.keyboard.press('Enter');
    await expect(dialog).toHaveCount(0);
    await expect(page.getByRole('status').filter({ hasText: 'Revoking the licenses, then deleting' })).toBeVisible();
    await expect(remove).toBeFocused();
    await expect(remove).toBeDisabled();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('alertdialog')).toHaveCount(0);
  });

  test('the first question asked on a page, closed with Escape, gives focus back to the button that asked it', async ({ page }) => {
    for (const name of ['Delete token', 'Revoke licenses']) {
      await openToken(page, contoso.id, contoso.name);
      // The questions' code arrives when the browser is idle; asked after that, the dialog mounts open.
      await expect
        .poll(() => page.evaluate(() => performance.getEntriesByType('resource').some((entry) => entry.name.includes('confirm-dialog-surface'))))
        .toBe(true);
      const button = page.getByRole('button', { name, exact: true });
      await button.focus();
      await page.keyboard.press('Enter');
      await expect(page.getByRole('alertdialog')).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(page.getByRole('alertdialog')).toHaveCount(0);
      await expect(button, name).toBeFocused();
    }
  });
});

test.describe('needs attention', () => {
  test('an expired token offers renewal, which opens the renewal', async ({ page }) => {
    await openToken(page, litware.id, litware.name);
    await expect(attention(page)).toContainText(/Expired \d+ days ago: renew the token/);
    await attention(page).getByRole('button', { name: 'Renew token' }).click();
    await expect(page.getByRole('dialog', { name: `Renew ${litware.name}` })).toBeVisible();
  });

  test('a token another MDM holds offers to take control, which brings the admin to the switch', async ({ page }) => {
    await openToken(page, seed.tailspinExternalMdm.id, seed.tailspinExternalMdm.name);
    await attention(page).getByRole('button', { name: 'Take control from another MDM' }).click();
    await expect(page.getByRole('switch', { name: 'Take control from another MDM' })).toBeFocused();
  });

  test('a duplicate upload offers to delete the duplicate', async ({ page }) => {
    await openToken(page, SEED_IDS.fabrikamDuplicate, 'Fabrikam Retail UK (uploaded twice)');
    await attention(page).getByRole('button', { name: 'Delete the duplicate' }).click();
    await expect(page.getByRole('alertdialog')).toContainText('second upload of a location Intune already has');
  });

  test('a failed, stale sync offers one sync', async ({ page, simulator }) => {
    await simulator.settings({ syncDurationMs: 100 });
    await openToken(page, SEED_IDS.woodgroveSyncFailedLongAgo, 'Woodgrove Bank France');
    await expect(attention(page)).toContainText('The last sync failed');
    await expect(attention(page)).toContainText(/Last synced 4 days ago/);
    await expect(attention(page).getByRole('button', { name: 'Sync licenses' })).toHaveCount(1);
    await attention(page).getByRole('button', { name: 'Sync licenses' }).click();
    await expect(page.getByText('Licenses synced')).toBeVisible({ timeout: 15_000 });
    await expect(attention(page)).toHaveCount(0);
  });
});

test.describe('add a token', () => {
  async function fillNewToken(page: Page, upload: ReturnType<typeof tokenFile>['upload']) {
    await page.goto('/tokens/new');
    await expect(page.getByRole('heading', { level: 1, name: 'Add a VPP token' })).toBeVisible();
    await page.getByLabel('Display name').fill('Northwind Schools – North');
    await page.getByLabel('Apple ID').fill('vpp@northwind.edu');
    await fileInput(page).setInputFiles(upload);
    const country = page.getByRole('combobox', { name: 'Country or region' });
    await country.click();
    await country.fill('Germ');
    await page.getByRole('option', { name: 'Germany (DE)' }).click();
    await page.getByRole('radio', { name: 'Education' }).check();
    await page.getByRole('switch', { name: 'Automatically update apps' }).click();
  }

  test('adds a token with every setting, opens it, and lists it', async ({ page, simulator }) => {
    const posts = recordBodies(page, 'POST');
    const file = tokenFile({ orgName: 'Northwind Schools' });
    await fillNewToken(page, file.upload);
    await expect(page.getByText('renewal.vpptoken: the token for Northwind Schools')).toBeVisible();

    await page.getByRole('button', { name: 'Add token' }).click();
    await expect(page.getByText('Intune adds a token only with consent to share data with Apple.')).toBeVisible();
    expect(posts).toEqual([]);
    await page.getByRole('switch', { name: 'Data sharing consent' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Grant consent' }).click();
    // The file is still there: only the missing consent stopped the first try.
    await page.getByRole('button', { name: 'Add token' }).click();

    await expect(page.getByRole('heading', { level: 1, name: 'Northwind Schools – North' })).toBeVisible();
    await expect(toast(page, 'Added Northwind Schools – North')).toBeVisible();
    expect(posts).toEqual([
      {
        displayName: 'Northwind Schools – North',
        appleId: 'vpp@northwind.edu',
        countryOrRegion: 'de',
        vppTokenAccountType: 'education',
        automaticallyUpdateApps: true,
        dataSharingConsentGranted: true,
        token: file.content,
      },
    ]);
    const created = (await simulator.tokens()).find((t) => t.displayName === 'Northwind Schools – North');
    expect(created).toMatchObject({ organizationName: 'Northwind Schools', countryOrRegion: 'de', vppTokenAccountType: 'education', state: 'valid' });
    expect(page.url()).toContain(`/tokens/${created?.id}`);
    await page.getByRole('link', { name: '← All VPP tokens' }).click();
    await expect(page.getByRole('grid', { name: 'VPP tokens' }).getByText('Northwind Schools – North')).toBeVisible();
  });

  test('a second upload of an existing token location is refused with Graph’s reason, and nothing is added', async ({ page, simulator }) => {
    const existing = (await simulator.token(contoso.id)) as { token?: string };
    const before = (await simulator.tokens()).length;
    await fillNewToken(page, { name: 'contoso.vpptoken', mimeType: 'application/octet-stream', buffer: Buffer.from(existing.token!) });
    await page.getByRole('switch', { name: 'Data sharing consent' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Grant consent' }).click();
    await page.getByRole('button', { name: 'Add token' }).click();

    const alert = page.getByRole('alert').filter({ hasText: 'The token was not added' });
    await expect(alert).toContainText(`same location as the existing token '${contoso.id}'`);
    await expect(alert).toContainText('Conflict');
    await expect(page.getByText('Choose the file again to retry: it is not kept once sent.')).toBeVisible();
    await expect(page.getByLabel('Display name')).toHaveValue('Northwind Schools – North');
    expect(await simulator.tokens()).toHaveLength(before);
  });

  test('asks for every required field and the file before sending anything', async ({ page }) => {
    const posts = recordBodies(page, 'POST');
    await page.goto('/tokens/new');
    await page.getByRole('button', { name: 'Add token' }).click();
    await expect(page.getByText('Enter a display name.')).toBeVisible();
    await expect(page.getByText('Choose the .vpptoken file you downloaded from Apple Business Manager.')).toBeVisible();
    await expect(page.getByText('Pick a country or region from the list.')).toBeVisible();
    expect(posts).toEqual([]);
  });
});
