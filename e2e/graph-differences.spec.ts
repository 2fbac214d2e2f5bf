import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { exportWholeList } from './list-export';
import { seed } from './seed';

/**
 * Where a tenant's Graph may answer otherwise than its documentation and the simulator's defaults,
 * the list still loads whole: each case turns the simulator into such a Graph. (A nextLink to another
 * host is proved in hostile-data.spec.ts: not followed, and said so.)
 */
const grid = (page: Page) => page.getByRole('grid', { name: 'VPP tokens' });

/** The list's requests to Graph, with the query options each carried (paging's $skiptoken aside). */
function listReads(page: Page): string[] {
  const reads: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!/\/graph\/beta\/deviceAppManagement\/vppTokens$/.test(url.pathname)) return;
    reads.push([...url.searchParams.keys()].filter((key) => key !== '$skiptoken').sort().join('&'));
  });
  return reads;
}

// Each case makes more requests than a plain load, one after another.
test.slow();

async function expectWholeList(page: Page, total: number) {
  await expect(grid(page)).toHaveAttribute('aria-rowcount', String(total + 1), { timeout: 30_000 });
  await expect(page.getByText(/Loading more tokens/)).toHaveCount(0);
  await expect(page.getByRole('alert')).toHaveCount(0);
}

test('a Graph that refuses $top and $select by name gets the list read again without them, and later reads leave them out', async ({ page, simulator }) => {
  await simulator.reset(60);
  await simulator.settings({ refusedQueryOptions: ['$top', '$select'] });
  const reads = listReads(page);
  await page.goto('/');
  await expectWholeList(page, 60);
  expect(reads.slice(0, 3)).toEqual(['$select&$top', '$select', '']);
  expect(reads.slice(2).every((options) => options === '')).toBe(true);

  // Every token reached the screen as a row (the secret Graph sends without $select is dropped on arrival: secret-leak.spec.ts).
  const rows = await exportWholeList(page);
  expect(rows).toHaveLength(60);

  reads.length = 0;
  await page.getByRole('button', { name: 'Refresh' }).click();
  await expect.poll(() => reads.length).toBeGreaterThan(0);
  await expectWholeList(page, 60);
  expect(reads.every((options) => options === '')).toBe(true);
});

test('pages shorter than $top that carry a nextLink, and an empty first page with one, still load every token', async ({ page, simulator }) => {
  await simulator.reset(100);
  await simulator.settings({ pageSizeCap: 40, emptyFirstPage: true });
  const reads = listReads(page);
  await page.goto('/');
  await expectWholeList(page, 100);
  expect(reads).toHaveLength(1 + Math.ceil(100 / 40));
});

test('a 503 without Retry-After is read again after a back-off, and the list loads', async ({ page, simulator }) => {
  await simulator.fault({ method: 'GET', path: '/vppTokens', status: 503, times: 1, code: 'serviceUnavailable', message: 'Busy' });
  const total = (await simulator.tokens()).length;
  const reads = listReads(page);
  await page.goto('/');
  await expectWholeList(page, total);
  expect(reads).toHaveLength(2);
  expect(await simulator.pendingFaults()).toEqual([]);
});

test('against Graph v1.0 the list loads, and a token page says which beta-only fields it cannot show and saves what v1.0 has', async ({ page, simulator }) => {
  await page.route('**/config.json', (route) => route.fulfill({ json: { mode: 'demo', graph: { baseUrl: '/graph', version: 'v1.0' } } }));
  const total = (await simulator.tokens()).length;
  await page.goto('/');
  await expectWholeList(page, total);

  const contoso = await simulator.token(seed.contoso.id);
  await page.goto(`/tokens/${seed.contoso.id}`);
  const form = page.getByRole('form', { name: 'Token settings' });
  await expect(form.getByText('This console reads Graph v1.0, which has no display name, location, data sharing consent')).toBeVisible();
  await expect(form.getByLabel('Display name')).toHaveCount(0);
  await expect(form.getByRole('switch', { name: 'Data sharing consent' })).toHaveCount(0);
  await expect(page.getByRole('term').filter({ hasText: /^(Location|App delivery)$/ })).toHaveCount(0);

  const patches: unknown[] = [];
  page.on('request', (request) => void (request.method() === 'PATCH' && patches.push(request.postDataJSON())));
  await form.getByRole('switch', { name: 'Automatically update apps' }).click();
  await form.getByRole('button', { name: 'Save' }).click();
  await expect.poll(async () => (await simulator.token(seed.contoso.id)).automaticallyUpdateApps).toBe(!contoso.automaticallyUpdateApps);
  expect(patches).toEqual([{ automaticallyUpdateApps: !contoso.automaticallyUpdateApps }]);
});
