import type { VppToken } from '@microsoft/microsoft-graph-types-beta';
import { isNeverDate, parseDate } from './relative-time';

/** When the token expires, or undefined when Graph gives no readable date (missing, unreadable, or its "never" date). */
export function expiryTime({ expirationDateTime }: Pick<VppToken, 'expirationDateTime'>): number | undefined {
  if (!expirationDateTime || isNeverDate(expirationDateTime)) return undefined;
  return parseDate(expirationDateTime);
}
