import type { Page } from '@playwright/test';
import { expect, test, type Simulator } from './fixtures';
import { seed } from './seed';

const { contoso } = seed;
const typed = 'Contoso Schools – typed edit';

async function renameAndSave(page: Page) {
  await page.goto(`/tokens/${contoso.id}`);
  await expect(page.getByLabel('Display name')).toHaveValue(contoso.name);
  await page.getByLabel('Display name').fill(typed);
  await page.getByRole('button', { name: 'Save' }).click();
}

/** After a failed save: Graph still holds the old name, the screen shows Graph's name, and the typed edit waits for a retry. */
async function expectRolledBackWithEditKept(page: Page, simulator: Simulator) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(contoso.name);
  await expect(page.getByLabel('Display name')).toHaveValue(typed);
  expect((await simulator.token(contoso.id)).displayName).toBe(contoso.name);
}

test('a 400 naming a property shows Graph’s message at that field and keeps the edit for a retry', async ({ page, simulator }) => {
  await simulator.fault({ method: 'PATCH', path: '/vppTokens/', status: 400, code: 'BadRequest', property: 'displayName' });
  await renameAndSave(page);
  const alert = page.getByRole('alert').filter({ hasText: 'Graph refused the change' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('BadRequest');
  await expect(alert).toContainText('Request ID');
  await expect(page.getByText(/displayName/).first()).toBeVisible();
  await expectRolledBackWithEditKept(page, simulator);
  await expect(page.getByRole('button', { name: 'Save' })).toBeEnabled();

  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(typed);
  await expect.poll(async () => (await simulator.token(contoso.id)).displayName).toBe(typed);
  await expect(page.getByRole('alert').filter({ hasText: 'Graph refused the change' })).toHaveCount(0);
});

test('Intune’s JSON-in-message error is shown as its readable inner message', async ({ page, simulator }) => {
  await simulator.fault({ method: 'PATCH', path: '/vppTokens/', status: 500, code: 'InternalServerError', intuneMessage: true, message: 'The VPP service is unavailable.' });
  await renameAndSave(page);
  const alert = page.getByRole('alert').filter({ hasText: 'The changes were not saved' });
  await expect(alert).toContainText('The VPP service is unavailable.');
  await expect(alert).not.toContainText('_version');
  await expectRolledBackWithEditKept(page, simulator);
});

test('a 403 turns the form read-only with a banner naming the missing permission, edits still shown', async ({ page, simulator }) => {
  await simulator.fault({ method: 'PATCH', path: '/vppTokens/', status: 403, code: 'Forbidden' });
  await renameAndSave(page);
  await expect(page.getByText(/Read-only: .*DeviceManagementServiceConfig\.ReadWrite\.All/)).toBeVisible();
  await expect(page.getByLabel('Display name')).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Save' })).toBeDisabled();
  await expectRolledBackWithEditKept(page, simulator);
});

test('a 404 says the token was deleted elsewhere and offers the way back to the list', async ({ page, simulator }) => {
  await simulator.fault({ method: 'PATCH', path: '/vppTokens/', status: 404, code: 'ResourceNotFound' });
  await renameAndSave(page);
  const alert = page.getByRole('alert').filter({ hasText: 'This token was deleted elsewhere' });
  await expect(alert).toBeVisible();
  await expect(page.getByLabel('Display name')).toHaveValue(typed);
  await alert.getByRole('link', { name: 'Back to the VPP tokens' }).click();
  await expect(page.getByRole('grid', { name: 'VPP tokens' })).toBeVisible();
});

test('a dropped connection keeps the edit and says so', async ({ page, simulator }) => {
  await simulator.fault({ method: 'PATCH', path: '/vppTokens/', status: 0 });
  await renameAndSave(page);
  await expect(page.getByRole('alert').filter({ hasText: 'The connection dropped before Graph answered' })).toBeVisible();
  await expectRolledBackWithEditKept(page, simulator);
  await expect(page.getByRole('button', { name: 'Save' })).toBeEnabled();
});

test('a 503 with Retry-After is retried after the wait, visibly, and the save then lands', async ({ page, simulator }) => {
  await simulator.fault({ method: 'PATCH', path: '/vppTokens/', status: 503, code: 'serviceUnavailable', retryAfter: 2 });
  await renameAndSave(page);
  await expect(page.getByText(/Graph is busy: retrying in [12] s/)).toBeVisible();
  // Still shown optimistically while waiting.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(typed);
  await expect.poll(async () => (await simulator.token(contoso.id)).displayName, { timeout: 8000 }).toBe(typed);
  await expect(page.getByText(/retrying in/)).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Save' })).toBeDisabled();
});

test('a 429 is retried honouring Retry-After, and gives up with the message after the last try', async ({ page, simulator }) => {
  await simulator.fault({ method: 'PATCH', path: '/vppTokens/', status: 429, code: 'TooManyRequests', retryAfter: 1, times: 4 });
  await renameAndSave(page);
  await expect(page.getByText(/Graph asked us to slow down: retrying in 1 s/)).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'Graph is throttling requests' })).toBeVisible({ timeout: 10_000 });
  await expectRolledBackWithEditKept(page, simulator);
});

test('a 401 gets a fresh access token once and the save goes through without bothering the admin', async ({ page, simulator }) => {
  await simulator.fault({ method: 'PATCH', path: '/vppTokens/', status: 401, code: 'InvalidAuthenticationToken' });
  await renameAndSave(page);
  await expect.poll(async () => (await simulator.token(contoso.id)).displayName).toBe(typed);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('two saves in a row where the first fails and the second succeeds end with the second’s value shown and stored', async ({ page, simulator }) => {
  // Slow enough that the second Save is clicked while the first is still on its way, even on a busy machine.
  await simulator.settings({ latencyMs: 2000 });
  await simulator.fault({ method: 'PATCH', path: '/vppTokens/', status: 500, code: 'InternalServerError' });
  await page.goto(`/tokens/${contoso.id}`);
  const name = page.getByLabel('Display name');
  await expect(name).toHaveValue(contoso.name);
  await name.fill('First try');
  await page.getByRole('button', { name: 'Save' }).click();
  await name.fill('Second try');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Second try');
  await expect.poll(async () => (await simulator.token(contoso.id)).displayName, { timeout: 8000 }).toBe('Second try');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Second try');
  await expect(name).toHaveValue('Second try');
  await expect(page.getByRole('button', { name: 'Save' })).toBeDisabled();
});

test('a failed save of one field never undoes another field saved meanwhile', async ({ page, simulator }) => {
  // Slow enough that the second Save is clicked while the first is still on its way, even on a busy machine.
  await simulator.settings({ latencyMs: 2000 });
  // The first PATCH fails; the second succeeds.
  await simulator.fault({ method: 'PATCH', path: '/vppTokens/', status: 500, code: 'InternalServerError' });
  await page.goto(`/tokens/${contoso.id}`);
  await page.getByLabel('Display name').fill(typed);
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('switch', { name: 'Automatically update apps' }).click();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'The changes were not saved' })).toBeVisible();
  await expect.poll(async () => (await simulator.token(contoso.id)).automaticallyUpdateApps).toBe(false);
  await expect(page.getByRole('switch', { name: 'Automatically update apps' })).not.toBeChecked();
  await expectRolledBackWithEditKept(page, simulator);
});
