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

/**
 * What a renewal did to the token's location (beta's locationName): a file from another location of
 * the same organization passes every check the file itself allows, and moves the token's apps.
 */
export function describeLocationAfterRenewal(before: string | null | undefined, after: string | null | undefined): { changed: boolean; text: string } | undefined {
  if (!before && !after) return undefined;
  if ((before ?? '') === (after ?? '')) return { changed: false, text: `Its location, ${after}, is unchanged.` };
  return {
    changed: true,
    text: `Its location changed from ${before || 'none'} to ${after || 'none'}: the file belongs to another location of the organization. If that was not meant, renew again with the file for ${before || 'the old location'}.`,
  };
}
