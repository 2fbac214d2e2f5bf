import { autoUpdateLabel, healthLabels, syncStatusLabel } from './token-labels';
import { csvText, type CsvColumn } from '../../../ui/csv';
import type { TokenRow } from './token-rows';

// An explicit list, never "every property": the export must not grow a column (or a secret) by accident.
const csvColumns: readonly CsvColumn<TokenRow>[] = [
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

/** The rows as RFC 4180 CSV (CRLF line ends), in the order and with the filters the admin sees. */
export function tokensCsv(rows: readonly TokenRow[]): string {
  return csvText(csvColumns, rows);
}

export function csvFileName(now: number): string {
  return `vpp-tokens-${new Date(now).toISOString().slice(0, 10)}.csv`;
}
