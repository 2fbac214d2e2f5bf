import { csvText, type CsvColumn } from '../../../ui/csv';
import type { HistoryEntry } from './token-history';

// An explicit list: the changes are already in words, where the token file is only ever "replaced".
const columns: readonly CsvColumn<HistoryEntry>[] = [
  { header: 'When (UTC)', value: (entry) => entry.at },
  { header: 'Who', value: (entry) => entry.who },
  { header: 'Token', value: (entry) => entry.tokenName },
  { header: 'Token ID', value: (entry) => entry.tokenId },
  { header: 'What', value: (entry) => entry.what },
  { header: 'Changes', value: (entry) => entry.changes.join('; ') },
  { header: 'Result', value: (entry) => entry.result },
];

/** The changes shown, in the order shown, as CSV. */
export function recentChangesCsv(entries: readonly HistoryEntry[]): string {
  return csvText(columns, entries);
}

export function recentChangesFileName(now: number, days: number): string {
  return `vpp-token-changes-${days}-days-${new Date(now).toISOString().slice(0, 10)}.csv`;
}
