import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import type { VppToken } from '@microsoft/microsoft-graph-types-beta';
import { expect, type Simulator } from './fixtures';

/**
 * The list as the admin sees it, read through Export CSV: the grid is virtualized, so the export of the
 * current view is the one exact copy of every row on screen.
 */
export type ListRow = Record<string, string>;

/** RFC 4180, as tokens-csv.ts writes it: quoted fields may hold commas, quotes and line breaks. */
export function parseCsv(text: string): ListRow[] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i++) {
    const char = body[i];
    if (quoted) {
      if (char === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      record.push(field);
      field = '';
    } else if (char === '\r' && body[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else field += char;
  }
  if (field !== '' || record.length > 0) records.push([...record, field]);
  const [header = [], ...rows] = records;
  return rows.map((values) => Object.fromEntries(header.map((name, i) => [name, values[i] ?? ''])));
}

const grid = (page: Page) => page.getByRole('grid', { name: 'VPP tokens' });

/**
 * The whole list on screen, reached as an admin would from wherever the page is: back from a token
 * (leaving unsaved edits), a failed load retried, the search and filters cleared.
 */
export async function showWholeList(page: Page) {
  const back = page.getByRole('link', { name: '← All VPP tokens' });
  const leave = page.getByRole('alertdialog', { name: 'Leave without saving?' });
  if (await back.isVisible()) {
    await back.click();
    await expect(page.getByRole('heading', { name: 'VPP tokens', level: 1 }).or(leave).first()).toBeVisible();
    if (await leave.isVisible()) await leave.getByRole('button', { name: 'Leave' }).click();
  } else if (!(await page.getByRole('searchbox', { name: 'Search tokens' }).isVisible())) {
    await page.goto('/');
  }
  const retry = page.getByRole('alert').filter({ hasText: /could not be (loaded|refreshed)/ }).getByRole('button', { name: 'Retry' });
  const noMatch = page.getByRole('heading', { name: 'No tokens match' });
  await expect(grid(page).or(noMatch).or(retry).first()).toBeVisible();
  if (await retry.isVisible()) await retry.click();
  // Coming back, the list may first restore the search it was left with.
  await expect(async () => {
    await page.getByRole('searchbox', { name: 'Search tokens' }).fill('');
    await expect(grid(page)).toHaveAttribute('data-search', '', { timeout: 1000 });
  }).toPass();
  const clear = page.getByRole('button', { name: 'Clear filters' });
  if (await clear.first().isVisible()) await clear.first().click();
  await expect(page.getByText(/Loading more tokens/)).toHaveCount(0);
}

/** Every row of the list, unfiltered, as exported. */
export async function exportWholeList(page: Page): Promise<ListRow[]> {
  await showWholeList(page);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const download = await downloading;
  return parseCsv((await readFile(await download.path())).toString('utf8'));
}

/** What the export says for a token Graph holds, in the columns an admin edits or syncs. */
export function expectedRow(token: VppToken): ListRow {
  const name = token.displayName?.trim() || token.organizationName?.trim() || token.id || 'Unnamed token';
  const accountTypes: Record<string, string> = { business: 'Business', education: 'Education' };
  const type = token.vppTokenAccountType ?? '';
  const deliveries: Record<string, string> = { default: 'Default', mobileDeviceManagement: 'MDM', declarativeDeviceManagement: 'Declarative (DDM)' };
  const delivery = (token as VppToken & { appleDeviceAppDeliveryProtocolType?: string }).appleDeviceAppDeliveryProtocolType ?? '';
  return {
    ID: token.id ?? '',
    Name: spreadsheetSafe(name),
    'Apple ID': spreadsheetSafe(token.appleId ?? ''),
    'Account type': accountTypes[type] ?? type,
    'Automatic app updates': token.automaticallyUpdateApps ? 'On' : 'Off',
    'Country or region': (token.countryOrRegion ?? '').toUpperCase(),
    'App delivery': deliveries[delivery] ?? delivery,
  };
}

// As tokens-csv.ts keeps a cell a spreadsheet would run as a formula as text.
function spreadsheetSafe(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function comparable(rows: ListRow[]): ListRow[] {
  return rows
    .map((row) => Object.fromEntries(Object.keys(expectedRow({})).map((column) => [column, row[column] ?? ''])))
    .sort((a, b) => (a.ID! < b.ID! ? -1 : a.ID! > b.ID! ? 1 : 0));
}

/** The rows on screen that differ from Graph's store (empty when the list shows exactly what Graph holds). */
export async function listDivergences(page: Page, simulator: Simulator): Promise<string[]> {
  const shown = comparable(await exportWholeList(page));
  const stored = comparable((await simulator.tokens()).map(expectedRow));
  const byId = new Map(shown.map((row) => [row.ID, row]));
  const divergences: string[] = [];
  for (const row of stored) {
    const seen = byId.get(row.ID);
    if (!seen) divergences.push(`${row.ID}: in Graph, not on screen`);
    else if (JSON.stringify(seen) !== JSON.stringify(row)) divergences.push(`${row.ID}: screen ${JSON.stringify(seen)}, Graph ${JSON.stringify(row)}`);
    byId.delete(row.ID);
  }
  for (const id of byId.keys()) divergences.push(`${id}: on screen, not in Graph`);
  return divergences;
}

/** Asserts the list on screen equals Graph's store, row for row. */
export async function expectListMatchesServer(page: Page, simulator: Simulator) {
  expect(await listDivergences(page, simulator)).toEqual([]);
}
