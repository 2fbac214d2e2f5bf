import { seed } from '../seed';
import { claimsOf, expect, recordBearers, signIn, test } from './auth-fixtures';
import { readScope } from './test-users';

const { contoso } = seed;

test('a Read-only admin sees the list and gets the form read-only up front, naming the permission it needs', async ({ page, request, simulator }) => {
  const bearers = recordBearers(page);
  const patches: string[] = [];
  page.on('request', (r) => {
    if (r.method() === 'PATCH') patches.push(r.url());
  });
  await signIn(page, 'reader');
  await expect(page.getByRole('grid', { name: 'VPP tokens' }).getByText(contoso.name)).toBeVisible();
  expect(claimsOf(bearers[0]!).scp).toBe(readScope);

  await page.goto(`/tokens/${contoso.id}`);
  await expect(page.getByLabel('Display name')).toHaveValue(contoso.name);
  await expect(page.getByText(/Read-only: .*DeviceManagementServiceConfig\.ReadWrite\.All/)).toBeVisible();
  await expect(page.getByLabel('Display name')).toBeDisabled();
  await expect(page.getByRole('switch', { name: 'Automatically update apps' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Save' })).toBeDisabled();
  await page.keyboard.press('Control+s');
  expect(patches).toEqual([]);

  // Graph agrees: the same token may read but not write, and says which permission is missing.
  const token = bearers.at(-1)!;
  const url = `/graph/beta/deviceAppManagement/vppTokens/${contoso.id}`;
  expect((await request.get(url, { headers: { Authorization: `Bearer ${token}` } })).status()).toBe(200);
  const refused = await request.patch(url, { headers: { Authorization: `Bearer ${token}` }, data: { displayName: 'Not allowed' } });
  expect(refused.status()).toBe(403);
  const body = await refused.json();
  expect(body.error.code).toBe('Forbidden');
  expect(body.error.message).toContain('DeviceManagementServiceConfig.ReadWrite.All');
  expect(body.error.innerError['request-id']).toBeTruthy();
  expect((await simulator.token(contoso.id)).displayName).toBe(contoso.name);
});
