import type { VppToken } from '@microsoft/microsoft-graph-types-beta';
import { day, parseDate } from './relative-time';

/**
 * Whether Graph shows a renewal's new expiry yet. Intune copies Apple's date but may store it
 * rounded or shifted by a time zone; an old expiry is months away from a new one, so a day's slack
 * cannot mistake one for the other.
 */
export function showsExpiry(token: Pick<VppToken, 'expirationDateTime'> | undefined, expiresAt: string): boolean {
  const shown = token?.expirationDateTime ? parseDate(token.expirationDateTime) : undefined;
  const expected = parseDate(expiresAt);
  if (shown === undefined || expected === undefined) return false;
  return Math.abs(shown - expected) < day;
}
