import { autoUpdateLabel, healthLabels, syncStatusLabel } from './token-labels';
import type { TokenRow } from './token-rows';

type CsvColumn = { header: string; value: (row: TokenRow) => string | null | undefined };

// An explicit list, never "every property": the export must not grow a column (or a secret) by accident.
const csvColumns: readonly CsvColumn[] = [
  { header: 'Name', value: (row) => row.name },
  { header: 'Health', value: (row) => healthLabels[row.health.level] },
  { header: 'Health reasons', value: (row) => row.health.reasons.map((reason) => reason.message).join(' ') },
  { header: 'State', value: (row) => row.state },
  { header: 'Expires', value: (row) => row.token.expirationDateTime },
  { header: 'Last sync', value: (row) => (row.lastSyncAt === undefined ? '' : row.token.lastSyncDateTime) },
  { header: 'Last sync status', value: (row) => syncStatusLabel(row.token.lastSyncStatus) },
  { header: 'Apple ID', value: (row) => row.token.appleId },
  { header: 'Organization', value: (row) => row.token.organizationName },
  { header: 'Location', value: (row) => row.token.locationName },
  { header: 'Account type', value: (row) => row.accountType },
  { header: 'Country or region', value: (row) => row.token.countryOrRegion?.toUpperCase() },
  { header: 'Apps', value: (row) => row.licenses?.apps.length.toString() },
  { header: 'Licenses used', value: (row) => row.licenses?.used.toString() },
  { header: 'Licenses bought', value: (row) => row.licenses?.total.toString() },
  { header: 'App delivery', value: (row) => row.appDelivery },
  { header: 'Automatic app updates', value: (row) => autoUpdateLabel(row.token.automaticallyUpdateApps) },
  { header: 'ID', value: (row) => row.id },
];

/**
 * One CSV field. A spreadsheet runs a cell that starts with = + - @ (or a tab or carriage return
 * that hides one) as a formula, so such a cell gets a leading apostrophe and stays text.
 */
export function csvField(value: string | null | undefined): string {
  let text = value ?? '';
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The rows as RFC 4180 CSV (CRLF line ends), in the order and with the filters the admin sees. */
export function tokensCsv(rows: readonly TokenRow[]): string {
  const lines = [csvColumns.map((column) => csvField(column.header)).join(',')];
  for (const row of rows) lines.push(csvColumns.map((column) => csvField(column.value(row))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

export function csvFileName(now: number): string {
  return `vpp-tokens-${new Date(now).toISOString().slice(0, 10)}.csv`;
}
