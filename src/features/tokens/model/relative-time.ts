const minute = 60_000;
const hour = 60 * minute;
export const day = 24 * hour;

const relative = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });

/** Milliseconds since the epoch, or undefined when the text is no date at all. */
export function parseDate(iso: string): number | undefined {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? undefined : time;
}

/** "in 12 days", "tomorrow", "today", "expired yesterday", "expired 3 days ago". */
export function describeExpiry(expirationDateTime: string | null | undefined, now: number): string {
  if (!expirationDateTime) return 'unknown date';
  const expires = parseDate(expirationDateTime);
  if (expires === undefined) return 'unknown date';
  // Whole elapsed days, not calendar days: the answer must not depend on the viewer's time zone.
  if (expires > now) return inDays(Math.floor((expires - now) / day));
  return `expired ${inDays(-Math.floor((now - expires) / day))}`;
}

/**
 * Intune answers "0001-01-01T00:00:00Z" for a token that never synced; no real sync predates 2000.
 */
export function isNeverDate(iso: string | null | undefined): boolean {
  if (!iso) return true;
  const time = parseDate(iso);
  return time !== undefined && time < Date.UTC(2000, 0, 1);
}

/** "just now", "5 minutes ago", "3 hours ago", "yesterday", "2 days ago"; "never" when missing. */
export function describeAgo(iso: string | null | undefined, now: number): string {
  if (!iso || isNeverDate(iso)) return 'never';
  const time = parseDate(iso);
  if (time === undefined) return 'unknown date';
  const elapsed = now - time;
  // Clocks disagree a little; a moment in the near future is still "just now".
  if (Math.abs(elapsed) < minute) return 'just now';
  const sign = elapsed > 0 ? -1 : 1;
  const size = Math.abs(elapsed);
  if (size < hour) return relative.format(sign * Math.floor(size / minute), 'minute');
  if (size < day) return relative.format(sign * Math.floor(size / hour), 'hour');
  return inDays(sign * Math.floor(size / day));
}

function inDays(days: number): string {
  const size = Math.abs(days);
  if (size < 60) return relative.format(days, 'day');
  if (size < 730) return relative.format(Math.sign(days) * Math.floor(size / 30.4375), 'month');
  return relative.format(Math.sign(days) * Math.floor(size / 365.25), 'year');
}
