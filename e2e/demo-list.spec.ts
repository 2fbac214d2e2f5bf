import { expect, test } from './fixtures';

test('the demo signs in with the demo account and lists every token the simulator holds', async ({ page, simulator }) => {
  const stored = await simulator.tokens();
  await page.goto('/');
  await expect(page.getByRole('button', { name: /Signed in as Demo Admin/ })).toBeVisible();
  const grid = page.getByRole('grid', { name: 'VPP tokens' });
  await expect(grid).toBeVisible();
  const first = stored[0]!;
  await expect(grid.getByText(first.displayName ?? first.organizationName!, { exact: true })).toBeVisible();
  // Rows are virtualized, so the grid states its size: one header row plus one row per token.
  await expect(grid).toHaveAttribute('aria-rowcount', String(stored.length + 1));
  await expect(page.getByRole('status').filter({ hasText: `${stored.length} tokens` })).toBeVisible();
});
