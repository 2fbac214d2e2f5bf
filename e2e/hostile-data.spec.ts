import type { Page } from '@playwright/test';
import { expect, test, type Simulator } from './fixtures';
import { exportWholeList } from './list-export';
import { failedCallMessages, watchPage } from './page-watch';

/**
 * Graph's data is not the console's to trust: a name is whatever an admin typed somewhere, enums grow,
 * and dates and links can arrive broken. The simulator stores these raw (POST _simulator/tokens), past
 * the validation its PATCH applies.
 */
const grid = (page: Page) => page.getByRole('grid', { name: 'VPP tokens' });
const row = (page: Page, id: string) => grid(page).locator(`[data-row-id="${id}"]`);
const search = (page: Page) => page.getByRole('searchbox', { name: 'Search tokens' });
const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const fact = (page: Page, term: string) => page.getByRole('term').filter({ hasText: new RegExp(`^${term}$`) }).locator('xpath=following-sibling::dd[1]');

const base = {
  organizationName: 'Hostile Data Ltd',
  appleId: 'vpp@hostile.example',
  state: 'valid',
  expirationDateTime: new Date(Date.now() + 200 * 86_400_000).toISOString(),
  lastSyncDateTime: new Date().toISOString(),
  lastSyncStatus: 'completed',
  vppTokenAccountType: 'business',
  countryOrRegion: 'us',
  automaticallyUpdateApps: true,
  dataSharingConsentGranted: true,
  roleScopeTagIds: ['0'],
};

/** Markup in every text an admin or Apple sets, which would run if any of it reached the page as HTML. */
const markup = `<img src=x onerror="window.__hostile=1"><script>window.__hostile=2</script>`;

async function expectNothingRan(page: Page) {
  expect(await page.evaluate(() => (window as { __hostile?: number }).__hostile)).toBeUndefined();
  await expect(page.locator('main img[src="x"], main script')).toHaveCount(0);
}

async function openList(page: Page) {
  await page.goto('/');
  await expect(grid(page)).toBeVisible();
}

async function openToken(page: Page, id: string) {
  await page.goto(`/tokens/${id}`);
  await expect(page.getByRole('form', { name: 'Token settings' })).toBeVisible();
}

let watch: ReturnType<typeof watchPage>;
test.beforeEach(({ page }) => {
  watch = watchPage(page, failedCallMessages);
});
test.afterEach(() => {
  // Whatever the data, no uncaught error and nothing unexpected in the console.
  expect(watch.problems()).toEqual([]);
});

async function putOne(simulator: Simulator, token: Record<string, unknown>) {
  const [id] = await simulator.put({ ...base, ...token });
  return id!;
}

test('markup and script in every text field show as text in the list, the search, the token’s page and the export, and never run', async ({ page, simulator }) => {
  const name = `${markup} Contoso`;
  const id = await putOne(simulator, {
    displayName: name,
    appleId: `${markup}@contoso.com`,
    organizationName: markup,
    locationName: `=HYPERLINK("https://evil.example","click")`,
    roleScopeTagIds: ['0', markup],
    tokenActionResults: [{ actionName: markup, actionState: 'done' }],
  });
  await openList(page);
  await expect(row(page, id)).toContainText(name);
  await search(page).fill('script');
  await expect(grid(page)).toHaveAttribute('aria-rowcount', '2');
  await expectNothingRan(page);

  await openToken(page, id);
  await expect(heading(page)).toHaveText(name);
  await expect(page.getByLabel('Display name')).toHaveValue(name);
  await expect(fact(page, 'Organization')).toHaveText(markup);
  await expect(fact(page, markup)).toHaveText('Done');
  await expectNothingRan(page);

  await page.getByRole('link', { name: '← All VPP tokens' }).click();
  const exported = (await exportWholeList(page)).find((r) => r.ID === id)!;
  expect(exported.Name).toBe(name);
  expect(exported.Organization).toBe(markup);
  // A spreadsheet would run a cell that starts with "="; the export keeps it text.
  expect(exported.Location).toBe(`'=HYPERLINK("https://evil.example","click")`);
});

test('right-to-left and zero-width characters show exactly as Graph sent them and stay searchable', async ({ page, simulator }) => {
  const name = 'Contoso \u202Egnp.exe\u202C שלום \u200Bzero\u200Dwidth\u2066';
  const id = await putOne(simulator, { displayName: name, organizationName: 'مدرسة كونتوسو' });
  await openList(page);
  await search(page).fill('שלום');
  await expect(grid(page)).toHaveAttribute('aria-rowcount', '2');
  await expect(row(page, id)).toBeVisible();
  await openToken(page, id);
  expect(await heading(page).textContent()).toBe(name);
  await expect(fact(page, 'Organization')).toHaveText('مدرسة كونتوسو');
});

test('10,000-character values fit the page, and the form says the name is too long before sending anything', async ({ page, simulator }) => {
  const patches: unknown[] = [];
  page.on('request', (request) => request.method() === 'PATCH' && patches.push(request.postData()));
  const long = 'W'.repeat(10_000);
  const id = await putOne(simulator, { displayName: long, appleId: `${'a'.repeat(9_990)}@long.example`, locationName: long });
  await openList(page);
  await expect(row(page, id)).toBeVisible();
  await openToken(page, id);
  await expect(heading(page)).toHaveText(long);
  // Wrapped, not pushing the page sideways.
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await page.getByRole('switch', { name: 'Automatically update apps' }).click();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Use at most 256 characters.')).toBeVisible();
  expect(patches).toEqual([]);
});

test('missing and null properties: the token still lists, opens and exports, and its page says what is unknown', async ({ page, simulator }) => {
  const bare = await putOne(simulator, Object.fromEntries(Object.keys(base).map((key) => [key, null])));
  const [idOnly] = await simulator.put({ id: 'only-an-id' });
  await openList(page);
  // With no name of its own, a token goes by its id.
  await expect(row(page, idOnly!)).toContainText('only-an-id');
  await expect(row(page, bare)).toContainText(bare);
  for (const id of [bare, idOnly!]) {
    await openToken(page, id);
    await expect(heading(page)).toHaveText(id);
    await expect(fact(page, 'Organization')).toHaveText('—');
    await expect(fact(page, 'Expires')).toHaveText('unknown date');
    await expect(fact(page, 'Last sync')).toHaveText('never');
    await expect(page.getByRole('region', { name: 'Needs attention' })).toContainText("This token's expiry date can't be read");
  }
  await page.getByRole('link', { name: '← All VPP tokens' }).click();
  const exported = await exportWholeList(page);
  expect(exported.find((r) => r.ID === idOnly)).toMatchObject({ Name: 'only-an-id', 'Apple ID': '', Expires: '', 'Automatic app updates': 'Off' });
});

test('enum members this console does not know show as Graph spells them, and the page says it does not know them', async ({ page, simulator }) => {
  const id = await putOne(simulator, {
    displayName: 'From the future',
    state: 'suspendedByApple',
    lastSyncStatus: 'queued',
    vppTokenAccountType: 'government',
    tokenActionResults: [{ actionName: 'RevokeLicenses', actionState: 'throttled' }],
  });
  await openList(page);
  await expect(row(page, id)).toContainText('suspendedByApple');
  await expect(row(page, id)).toContainText('Warning');
  await openToken(page, id);
  await expect(page.getByRole('region', { name: 'Needs attention' })).toContainText(`Intune reports a state this console doesn't know ("suspendedByApple")`);
  await expect(fact(page, 'State')).toHaveText('suspendedByApple');
  await expect(fact(page, 'Last sync')).toContainText('(queued)');
  await expect(fact(page, 'Revoke licenses')).toHaveText('throttled');
  await expect(page.getByText(`Intune reports the account type "government", which this console doesn't know`)).toBeVisible();
  await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
  // Saving another setting leaves the unknown account type as it is.
  await page.getByRole('switch', { name: 'Automatically update apps' }).click();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect.poll(async () => (await simulator.token(id)).automaticallyUpdateApps).toBe(false);
  expect((await simulator.token(id)).vppTokenAccountType).toBe('government');
  // Choosing one the console knows is a change like any other.
  await page.getByRole('radio', { name: 'Business' }).check();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect.poll(async () => (await simulator.token(id)).vppTokenAccountType).toBe('business');
  await expect(page.getByText(`which this console doesn't know`)).toHaveCount(0);
});

test('malformed dates show as unknown, and the health says which date it could not read', async ({ page, simulator }) => {
  const id = await putOne(simulator, {
    displayName: 'Broken dates',
    expirationDateTime: 'next Tuesday',
    lastSyncDateTime: '2026-13-45T99:99:99Z',
    lastModifiedDateTime: '',
  });
  await openList(page);
  await expect(row(page, id)).toContainText('Warning');
  await openToken(page, id);
  await expect(fact(page, 'Expires')).toHaveText('unknown date');
  await expect(fact(page, 'Last sync')).toContainText('unknown date');
  const attention = page.getByRole('region', { name: 'Needs attention' });
  await expect(attention).toContainText("This token's expiry date can't be read, so its health is unknown.");
  await expect(attention).toContainText("This token's last sync date can't be read: sync it to refresh it.");
});

test('a list page with a broken nextLink keeps the tokens read so far and says the rest could not be loaded', async ({ page, simulator }) => {
  const total = (await simulator.tokens()).length;
  const broken: [unknown, string][] = [
    ['https://elsewhere.example/graph/beta/deviceAppManagement/vppTokens?$skiptoken=x', 'Graph sent a link to the next page that does not point back to Graph'],
    [42, 'Graph sent a link to the next page that does not point back to Graph'],
    ['%%% not a link', 'The path segment'],
  ];
  for (const [nextLink, says] of broken) {
    await simulator.fault({ method: 'GET', path: '/vppTokens', status: 200, nextLink });
    await openList(page);
    const alert = page.getByRole('alert').filter({ hasText: `Only ${total} tokens could be loaded` });
    await expect(alert).toContainText(says);
    await expect(alert.getByRole('button', { name: 'Retry' })).toBeVisible();
    await expect(grid(page)).toHaveAttribute('aria-rowcount', String(total + 1));
  }
  // The bearer token went nowhere but Graph.
  expect(await page.evaluate(() => performance.getEntriesByType('resource').some((entry) => entry.name.includes('elsewhere.example')))).toBe(false);
});
