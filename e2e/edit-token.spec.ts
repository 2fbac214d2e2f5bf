import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { seed } from './seed';

const { contoso } = seed;

/** Every PATCH body the page sends, parsed. */
function recordPatches(page: Page) {
  const bodies: unknown[] = [];
  page.on('request', (request) => {
    if (request.method() === 'PATCH') bodies.push(request.postDataJSON());
  });
  return bodies;
}

/** The success toast, not its copy for screen readers. */
function toast(page: Page, text: string) {
  return page.locator('.fui-ToastTitle', { hasText: text });
}

async function openContoso(page: Page) {
  await page.goto(`/tokens/${contoso.id}`);
  await expect(page.getByRole('heading', { level: 1, name: contoso.name })).toBeVisible();
  await expect(page.getByLabel('Display name')).toHaveValue(contoso.name);
}

test('renaming sends only the new display name and shows it at once in the heading and the list', async ({ page, simulator }) => {
  const patches = recordPatches(page);
  await simulator.settings({ latencyMs: 1500 });
  await openContoso(page);
  await page.getByLabel('Display name').fill('Contoso Schools – North');
  await page.getByRole('button', { name: 'Save' }).click();
  // Optimistic: the heading changes while Graph is still answering.
  await expect(page.getByRole('heading', { level: 1, name: 'Contoso Schools – North' })).toBeVisible({ timeout: 1000 });
  await expect(toast(page, 'Renamed to "Contoso Schools – North"')).toBeVisible();
  expect(patches).toEqual([{ displayName: 'Contoso Schools – North' }]);
  expect((await simulator.token(contoso.id)).displayName).toBe('Contoso Schools – North');
  await page.getByRole('link', { name: '← All VPP tokens' }).click();
  await expect(page.getByRole('grid', { name: 'VPP tokens' }).getByText('Contoso Schools – North')).toBeVisible();
});

test('Save stays disabled until a value differs from Graph’s, and a change undone disables it again', async ({ page }) => {
  await openContoso(page);
  const save = page.getByRole('button', { name: 'Save' });
  await expect(save).toBeDisabled();
  const autoUpdate = page.getByRole('switch', { name: 'Automatically update apps' });
  await autoUpdate.click();
  await expect(save).toBeEnabled();
  await autoUpdate.click();
  await expect(save).toBeDisabled();
  await page.getByLabel('Display name').fill(`${contoso.name}  `);
  await expect(save).toBeDisabled();
});

test('an empty name or a malformed Apple ID is refused at the field and nothing is sent', async ({ page, simulator }) => {
  const patches = recordPatches(page);
  await openContoso(page);
  await page.getByLabel('Display name').fill('   ');
  await page.getByLabel('Apple ID').fill('not-an-email');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Enter a display name.')).toBeVisible();
  await expect(page.getByText(/Enter an Apple ID shaped like an email address/)).toBeVisible();
  expect(patches).toEqual([]);
  expect((await simulator.token(contoso.id)).displayName).toBe(contoso.name);
});

test('a scope tag ID typed in the picker and chosen with Enter is saved beside the existing ones, and nothing else is sent', async ({ page, simulator }) => {
  const patches = recordPatches(page);
  await openContoso(page);
  const picker = page.getByRole('combobox', { name: 'Scope tags' });
  await picker.pressSequentially('7');
  await expect(page.getByRole('option', { name: 'Scope tag 7' })).toBeVisible();
  await picker.press('Enter');
  await expect(page.getByRole('listbox', { name: 'Selected scope tags' }).getByRole('option', { name: '7' })).toBeVisible();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect.poll(async () => (await simulator.token(contoso.id)).roleScopeTagIds).toEqual(['0', '7']);
  expect(patches).toEqual([{ roleScopeTagIds: ['0', '7'] }]);
});

test('on a token without Default (0), an ID typed in the scope tag picker and chosen with Enter is the one added', async ({ page, simulator }) => {
  const patches = recordPatches(page);
  await page.goto(`/tokens/${seed.northwind.id}`);
  await expect(page.getByLabel('Display name')).toHaveValue(seed.northwind.name);
  const picker = page.getByRole('combobox', { name: 'Scope tags' });
  await picker.pressSequentially('8');
  await expect(page.getByRole('option', { name: 'Scope tag 8' })).toBeVisible();
  await expect(page.getByRole('option', { name: 'Default (0)' })).toHaveCount(0);
  await picker.press('Enter');
  const selected = page.getByRole('listbox', { name: 'Selected scope tags' });
  await expect(selected.getByRole('option', { name: '8' })).toBeVisible();
  await expect(selected.getByRole('option', { name: '0' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect.poll(async () => (await simulator.token(seed.northwind.id)).roleScopeTagIds).toEqual(['1', '8']);
  expect(patches).toEqual([{ roleScopeTagIds: ['1', '8'] }]);
});

test('Ctrl+S saves the changes and the toast names what changed', async ({ page, simulator }) => {
  await openContoso(page);
  await page.getByRole('switch', { name: 'Automatically update apps' }).click();
  await page.keyboard.press('Control+s');
  await expect(toast(page, 'Automatic app updates turned off')).toBeVisible();
  expect((await simulator.token(contoso.id)).automaticallyUpdateApps).toBe(false);
});

test('a 204 answer is accepted and the token is read back from Graph', async ({ page, simulator }) => {
  await simulator.settings({ patchAnswers: 204 });
  await openContoso(page);
  await page.getByLabel('Display name').fill('Answered with 204');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(toast(page, 'Renamed to "Answered with 204"')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Answered with 204' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save' })).toBeDisabled();
  expect((await simulator.token(contoso.id)).displayName).toBe('Answered with 204');
});

test('withdrawing data sharing consent saves at once, and granting it again asks first', async ({ page, simulator }) => {
  await openContoso(page);
  const consent = page.getByRole('switch', { name: 'Data sharing consent' });
  await consent.click();
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(toast(page, 'Data sharing consent withdrawn')).toBeVisible();
  expect((await simulator.token(contoso.id)).dataSharingConsentGranted).toBe(false);

  await consent.click();
  const dialog = page.getByRole('alertdialog', { name: 'Share data with Apple?' });
  await expect(dialog).toContainText('user and device data');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(consent).not.toBeChecked();
  await expect(page.getByRole('button', { name: 'Save' })).toBeDisabled();
  await consent.click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Grant consent' }).click();
  await expect(consent).toBeChecked();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(toast(page, 'Data sharing consent granted')).toBeVisible();
  expect((await simulator.token(contoso.id)).dataSharingConsentGranted).toBe(true);
});

test('a token without a name or Apple ID cannot be saved until both are filled in', async ({ page, simulator }) => {
  const patches = recordPatches(page);
  await page.goto(`/tokens/${seed.proseware.id}`);
  await expect(page.getByRole('heading', { level: 1, name: seed.proseware.name })).toBeVisible();
  await page.getByRole('switch', { name: 'Automatically update apps' }).click();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Enter a display name.')).toBeVisible();
  expect(patches).toEqual([]);
  await page.getByLabel('Display name').fill('Proseware');
  await page.getByLabel('Apple ID').fill('vpp@proseware.com');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(toast(page, 'Renamed to "Proseware"')).toBeVisible();
  expect(patches).toHaveLength(1);
  expect((await simulator.token(seed.proseware.id)).appleId).toBe('vpp@proseware.com');
});

test('changing the country warns that apps missing from the new store stop updating', async ({ page, simulator }) => {
  await openContoso(page);
  const country = page.getByRole('combobox', { name: 'Country or region' });
  await country.click();
  await country.fill('Germ');
  await page.getByRole('option', { name: 'Germany (DE)' }).click();
  await expect(page.getByText(/Germany store: apps missing there stop updating/)).toBeVisible();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(toast(page, 'Country or region set to DE')).toBeVisible();
  expect((await simulator.token(contoso.id)).countryOrRegion).toBe('de');
});

test('leaving with unsaved edits asks first, and Stay keeps the edits', async ({ page }) => {
  await openContoso(page);
  await page.getByLabel('Display name').fill('Not saved yet');
  await page.getByRole('link', { name: '← All VPP tokens' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Leave without saving?' });
  await dialog.getByRole('button', { name: 'Stay' }).click();
  await expect(page.getByLabel('Display name')).toHaveValue('Not saved yet');
  await page.getByRole('link', { name: '← All VPP tokens' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Leave' }).click();
  await expect(page.getByRole('grid', { name: 'VPP tokens' })).toBeVisible();
});

test('the browser’s Back with unsaved edits asks first: Stay keeps the page and its address, Leave goes back', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('grid', { name: 'VPP tokens' }).getByText(contoso.name).click();
  await expect(page.getByLabel('Display name')).toHaveValue(contoso.name);
  await page.getByLabel('Display name').fill('Not saved yet');

  await page.goBack();
  const dialog = page.getByRole('alertdialog', { name: 'Leave without saving?' });
  await dialog.getByRole('button', { name: 'Stay' }).click();
  await expect(page).toHaveURL(new RegExp(`/tokens/${contoso.id}$`));
  await expect(page.getByLabel('Display name')).toHaveValue('Not saved yet');

  await page.goBack();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Leave' }).click();
  await expect(page.getByRole('grid', { name: 'VPP tokens' })).toBeVisible();
  await expect(page).toHaveURL(/\/$/);
  // Forward returns to the token, not to a second copy of the list.
  await page.goForward();
  await expect(page.getByRole('heading', { level: 1, name: contoso.name })).toBeVisible();
});

test('Discard puts every field back to Graph’s value', async ({ page }) => {
  await openContoso(page);
  await page.getByLabel('Display name').fill('Scratch');
  await page.getByRole('switch', { name: 'Automatically update apps' }).click();
  await page.getByRole('button', { name: 'Discard' }).click();
  await expect(page.getByLabel('Display name')).toHaveValue(contoso.name);
  await expect(page.getByRole('switch', { name: 'Automatically update apps' })).toBeChecked();
  await expect(page.getByRole('button', { name: 'Save' })).toBeDisabled();
});

test('the take-control switch is offered only for a token another MDM manages', async ({ page, simulator }) => {
  await openContoso(page);
  await expect(page.getByRole('switch', { name: 'Take control from another MDM' })).toHaveCount(0);
  await page.goto(`/tokens/${seed.tailspinExternalMdm.id}`);
  await page.getByRole('switch', { name: 'Take control from another MDM' }).click();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(toast(page, 'Taking control from another MDM')).toBeVisible();
  expect((await simulator.token(seed.tailspinExternalMdm.id)).claimTokenManagementFromExternalMdm).toBe(true);
});

/** A change made by someone else, straight to Graph. */
async function changeElsewhere(page: Page, id: string, body: object) {
  const response = await page.request.patch(`/graph/beta/deviceAppManagement/vppTokens/${id}`, {
    headers: { Authorization: 'Bearer another-admin' },
    data: body,
  });
  expect(response.ok()).toBe(true);
}

test('a refresh brings in changes made elsewhere and leaves the admin’s unsaved typing alone', async ({ page, simulator }) => {
  const patches = recordPatches(page);
  await openContoso(page);
  await page.getByLabel('Display name').fill('Typed, not saved');
  await changeElsewhere(page, contoso.id, { appleId: 'changed-elsewhere@contoso.edu' });
  await page.getByRole('button', { name: 'Refresh' }).click();
  await expect(page.getByLabel('Apple ID')).toHaveValue('changed-elsewhere@contoso.edu');
  await expect(page.getByLabel('Display name')).toHaveValue('Typed, not saved');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(toast(page, 'Renamed to "Typed, not saved"')).toBeVisible();
  expect(patches).toEqual([{ displayName: 'Typed, not saved' }]);
  expect((await simulator.token(contoso.id)).appleId).toBe('changed-elsewhere@contoso.edu');
});

test('a field changed elsewhere while the admin edits it keeps the admin’s value and is flagged', async ({ page }) => {
  await openContoso(page);
  await page.getByLabel('Display name').fill('Mine');
  await changeElsewhere(page, contoso.id, { displayName: 'Theirs' });
  await page.getByRole('button', { name: 'Refresh' }).click();
  await expect(page.getByText('Changed in Intune while you were editing; saving keeps your value.')).toBeVisible();
  await expect(page.getByLabel('Display name')).toHaveValue('Mine');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Theirs');
});

test('a refresh while a save is on its way never shows the old value again', async ({ page, simulator }) => {
  await simulator.settings({ latencyMs: 1500 });
  await openContoso(page);
  await page.getByLabel('Display name').fill('Saved during a refresh');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('button', { name: 'Refresh' }).click();
  const heading = page.getByRole('heading', { level: 1 });
  for (let i = 0; i < 6; i++) {
    await expect(heading).toHaveText('Saved during a refresh', { timeout: 100 });
    await page.waitForTimeout(400);
  }
  await expect(toast(page, 'Renamed to "Saved during a refresh"')).toBeVisible();
  await expect(heading).toHaveText('Saved during a refresh');
  expect((await simulator.token(contoso.id)).displayName).toBe('Saved during a refresh');
});

test('closing the tab with unsaved edits asks first, and without edits does not', async ({ page, context }) => {
  const asked: string[] = [];
  const watch = (p: Page) =>
    p.on('dialog', async (dialog) => {
      asked.push(dialog.type());
      await dialog.dismiss();
    });

  const untouched = await context.newPage();
  watch(untouched);
  await untouched.goto(`/tokens/${contoso.id}`);
  await expect(untouched.getByLabel('Display name')).toHaveValue(contoso.name);
  await untouched.close({ runBeforeUnload: true });
  await expect.poll(() => untouched.isClosed()).toBe(true);
  expect(asked).toEqual([]);

  watch(page);
  await openContoso(page);
  await page.getByLabel('Display name').fill('Not saved yet');
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => asked).toEqual(['beforeunload']);
  // The admin chose to stay; now close for good, without asking, so the test ends on a closed page.
  await page.close();
});
