import type { VppToken } from '@microsoft/microsoft-graph-types-beta';

/** A fixed moment, and tokens healthy at it unless a test changes them: shared by the list's tests. */
export const now = Date.parse('2026-03-10T12:00:00Z');
export const day = 86_400_000;
export const at = (ms: number) => new Date(now + ms).toISOString();
export const token = (changes: Partial<VppToken>): VppToken => ({
  id: 'x',
  state: 'valid',
  lastSyncStatus: 'completed',
  expirationDateTime: at(200 * day),
  lastSyncDateTime: at(-3_600_000),
  ...changes,
});
