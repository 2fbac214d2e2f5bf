import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { encodeTokenFile, formatAppleDate } from '../simulator/token-file.ts';
import { bulkApps, expect, test, type Simulator } from './fixtures';
import { seed } from './seed';

const { contoso } = seed;
const grid = (page: Page) => page.getByRole('grid', { name: 'VPP tokens' });
const actions = (page: Page) => page.getByRole('toolbar', { name: 'Token actions' });

async function openContoso(page: Page) {
  await page.goto(`/tokens/${contoso.id}`);
  await expect(page.getByLabel('Display name')).toHaveValue(contoso.name);
}

/** Every screen and dialog an admin meets, set up as they meet it. */
const screens: { name: string; open: (page: Page, simulator: Simulator) => Promise<void> }[] = [
  {
    name: 'the token list',
    open: async (page) => {
      await page.goto('/');
      await expect(grid(page)).toHaveAttribute('aria-rowcount', '14');
    },
  },
  {
    name: 'the token list that could not load',
    open: async (page, simulator) => {
      await simulator.fault({ method: 'GET', path: '/vppTokens', status: 500 });
      await page.goto('/');
      await expect(page.getByRole('alert').filter({ hasText: 'The VPP tokens could not be loaded' })).toBeVisible();
    },
  },
  {
    name: 'a token carrying 200 apps, scrolled to the middle of its apps',
    open: async (page, simulator) => {
      await simulator.addApps(bulkApps(contoso.id, 195, 10, (i) => i % 4));
      await openContoso(page);
      const apps = page.getByRole('table', { name: /^Apps bought with / });
      await expect(apps).toHaveAttribute('aria-rowcount', '201');
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
      await expect(apps.locator('tbody tr[data-app-id]').first()).not.toHaveAttribute('aria-rowindex', '2');
    },
  },
  {
    name: 'recent changes, filtered',
    open: async (page) => {
      await page.goto('/changes?days=30&what=save');
      await expect(page.getByRole('table', { name: 'Changes to VPP tokens, newest first' }).locator('tbody tr').first()).toBeVisible();
    },
  },
  {
    name: 'recent changes that could not load',
    open: async (page, simulator) => {
      await simulator.fault({ method: 'GET', path: '/auditEvents', status: 500, times: 10 });
      await page.goto('/changes');
      await expect(page.getByRole('alert').filter({ hasText: 'The changes could not be loaded' })).toBeVisible();
    },
  },
  {
    name: 'a token that needs attention',
    open: async (page) => {
      await page.goto(`/tokens/${seed.tailspinExternalMdm.id}`);
      await expect(page.getByRole('region', { name: 'Needs attention' })).toBeVisible();
      await expect(page.getByRole('form', { name: 'Token settings' })).toBeVisible();
    },
  },
  {
    name: 'a save Graph refused, with the field it named',
    open: async (page, simulator) => {
      await simulator.fault({ method: 'PATCH', path: '/vppTokens/', status: 400, property: 'displayName' });
      await openContoso(page);
      await page.getByLabel('Display name').fill('Refused');
      await page.getByRole('button', { name: 'Save' }).click();
      await expect(page.getByRole('alert').filter({ hasText: 'Graph refused the change' })).toBeVisible();
    },
  },
  {
    name: 'a sync that could not start',
    open: async (page, simulator) => {
      await simulator.fault({ method: 'POST', path: '/syncLicenses', status: 503, times: 4, retryAfter: 0 });
      await openContoso(page);
      await actions(page).getByRole('button', { name: 'Sync licenses' }).click();
      await expect(page.getByRole('alert').filter({ hasText: 'The sync could not be started' })).toBeVisible();
    },
  },
  {
    name: 'the delete dialog',
    open: async (page) => {
      await openContoso(page);
      await actions(page).getByRole('button', { name: 'Delete token' }).click();
      await expect(page.getByRole('alertdialog')).toBeVisible();
    },
  },
  {
    name: "a token's apps, one app's licenses open",
    open: async (page) => {
      await openContoso(page);
      await page.getByRole('button', { name: 'Licenses of Microsoft Teams' }).click();
      await expect(page.getByRole('region', { name: 'Licenses of Microsoft Teams' }).getByRole('table', { name: 'Assigned licenses' })).toBeVisible();
      await expect(page.getByText('No other token holds this app.').or(page.getByRole('region', { name: 'The same app on other tokens' }).getByRole('link').first())).toBeVisible();
    },
  },
  {
    name: "the token's revoke dialog",
    open: async (page) => {
      await openContoso(page);
      await page.getByRole('button', { name: 'Revoke licenses' }).click();
      await expect(page.getByRole('alertdialog', { name: /^Revoke the licenses of / })).toBeVisible();
    },
  },
  {
    name: 'the revert dialog, one setting changed since',
    open: async (page) => {
      await openContoso(page);
      const history = page.getByRole('region', { name: 'History' });
      // The first save also turns automatic updates off, so something is left to revert once the name changes again.
      for (const name of ['Contoso – first', 'Contoso – second']) {
        await page.getByLabel('Display name').fill(name);
        if (name === 'Contoso – first') await page.getByRole('switch', { name: 'Automatically update apps' }).click();
        await page.getByRole('button', { name: 'Save' }).click();
        await expect(history.getByRole('row').filter({ hasText: `to ${name}` })).toHaveCount(1);
      }
      await history.getByRole('row').filter({ hasText: 'to Contoso – first' }).getByRole('button', { name: 'Revert' }).click();
      await expect(page.getByRole('alertdialog', { name: 'Revert this change?' })).toContainText('changed since');
    },
  },
  {
    name: 'the consent dialog',
    open: async (page) => {
      await page.goto(`/tokens/${seed.proseware.id}`);
      await page.getByRole('switch', { name: 'Data sharing consent' }).click();
      await expect(page.getByRole('alertdialog', { name: 'Share data with Apple?' })).toBeVisible();
    },
  },
  {
    name: 'the renew dialog with a file previewed',
    open: async (page) => {
      await openContoso(page);
      await actions(page).getByRole('button', { name: 'Renew token' }).click();
      const file = encodeTokenFile({ token: 'a11y', expDate: formatAppleDate(Date.now() + 300 * 86_400_000), orgName: 'Contoso Independent School District' });
      await page.getByLabel('Apple token file (.vpptoken)').setInputFiles({ name: 'renewal.vpptoken', mimeType: 'application/octet-stream', buffer: Buffer.from(file) });
      await expect(page.getByRole('dialog').getByRole('button', { name: 'Renew token' })).toBeEnabled();
    },
  },
  {
    name: 'the leave-without-saving dialog',
    open: async (page) => {
      await openContoso(page);
      await page.getByLabel('Display name').fill('Not saved yet');
      await page.getByRole('link', { name: '← All VPP tokens' }).click();
      await expect(page.getByRole('alertdialog', { name: 'Leave without saving?' })).toBeVisible();
    },
  },
  {
    name: 'the Add token page, refused',
    open: async (page) => {
      await page.goto('/tokens/new');
      await page.getByRole('button', { name: 'Add token' }).click();
      await expect(page.getByText('Enter a display name.')).toBeVisible();
    },
  },
];

for (const scheme of ['light', 'dark'] as const) {
  for (const screen of screens) {
    test(`${screen.name}, in the ${scheme} theme, has no WCAG 2.1 A or AA violations`, async ({ page, simulator }) => {
      // axe walks every node of a page: the token page with its apps takes about 20 s alone, and a
      // full run once pushed it past the 60 s limit beside another worker on two cores.
      test.slow();
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      await screen.open(page, simulator);
      const { violations } = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        // Fluent's focus-trap sentinels: invisible, never focused by a reader, and a known axe false positive.
        .exclude('[data-tabster-dummy]')
        .analyze();
      expect(violations.map((v) => `${v.id}: ${v.help} at ${v.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
}

/** Presses Tab until the focused element matches, as a keyboard user would, and fails if it never does. */
async function tabUntil(page: Page, matches: (element: Element) => boolean, description: string) {
  for (let presses = 0; presses < 60; presses++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluateHandle(() => document.activeElement ?? document.body);
    if (await focused.evaluate(matches)) return;
  }
  throw new Error(`Tab never reached ${description}`);
}

test('an admin saves an edit from the list with the keyboard alone', async ({ page, simulator }) => {
  await page.goto('/');
  await expect(grid(page)).toHaveAttribute('aria-rowcount', '14');

  await tabUntil(page, (element) => element.getAttribute('aria-label') === 'Search tokens', 'the search box');
  await page.keyboard.type('contoso schools');
  await expect(grid(page)).toHaveAttribute('aria-rowcount', '2');
  await tabUntil(page, (element) => element.hasAttribute('data-row-id'), 'a row');
  await expect(page.locator(':focus')).toHaveAttribute('data-row-id', contoso.id);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`/tokens/${contoso.id}`);

  await expect(page.getByLabel('Display name')).toHaveValue(contoso.name);
  await tabUntil(page, (element) => (element as HTMLInputElement).name === 'displayName', 'the display name');
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('Contoso Schools – by keyboard');
  await tabUntil(page, (element) => element.tagName === 'BUTTON' && element.textContent === 'Save', 'Save');
  await page.keyboard.press('Enter');

  await expect.poll(async () => (await simulator.token(contoso.id)).displayName).toBe('Contoso Schools – by keyboard');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Contoso Schools – by keyboard');
});
