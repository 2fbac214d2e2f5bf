import type { VppToken } from '@microsoft/microsoft-graph-types-beta';
import { createEvents, type Alarm, type DateArray, type EventAttributes } from 'ics';
import { expiryTime } from './expiry-date';
import { tokenName } from './token-name';

/*
 * The reminders an admin adds to a calendar so no token expires by surprise, written by the `ics`
 * library. Where `ics` falls short of RFC 5545, and what this module does about it:
 * - it writes a whole number of days as "P7DT" (a bare T the grammar does not allow): no trigger here
 *   is a whole number of days (see reminderHour);
 * - it does not escape commas and semicolons in an alarm's text: the alarms carry fixed words;
 * - it folds lines at 75 characters rather than 75 octets, so a line with non-ASCII names can run
 *   longer in bytes; the RFC says SHOULD, and calendars and ical.js read such lines;
 * - it always writes X-PUBLISHED-TTL:PT1H, a refresh hint for subscribed calendars that a downloaded
 *   file's importer ignores; it cannot be left out;
 * - its validation and folding cost about a millisecond an event (3,000 tokens: seconds), so the
 *   list builds its calendar off the main thread.
 */

/**
 * Only what a reminder may carry: the name and the expiry date, and the ID for the link and the UID.
 * Anything else a caller hands in (the `token` secret above all) is never read.
 */
export type ExpiryCalendarToken = Pick<VppToken, 'id' | 'displayName' | 'organizationName' | 'expirationDateTime'>;

export type ExpiryCalendarOptions = {
  /** The app's origin (`location.origin`): each event links to the token's page there. */
  origin: string;
  /** When the file is made: its DTSTAMP, and what orders it after every earlier download. */
  now: number;
  /**
   * The admin's time zone (IANA name), which decides the day the expiry falls on; the browser's own
   * when absent. Taken as an argument and applied with Intl rather than read from the process's
   * local time, so tests can check several zones side by side in one process, whatever TZ it runs in.
   */
  timeZone?: string;
  /** How many days ahead a token counts as expiring: the first reminder rings then. Intune's 7 by default. */
  warningDays?: number;
};

export type ExpiryCalendar = {
  /** The iCalendar text (RFC 5545); undefined when no token had an expiry date to put in it. */
  text: string | undefined;
  /** Tokens with an event in the file. */
  included: number;
  /** Tokens left out because Graph gave no readable expiry date (or no ID to link to). */
  skipped: number;
};

export const defaultWarningDays = 7;

// A domain nobody can own (RFC 2606), so the UID never collides with another product's events.
const uidDomain = 'vpp-console.invalid';
const productId = '-//VPP Console//Token expiry reminders//EN';
// Reminders ring at 9:00 on their day, as calendars' own all-day alerts do (Apple Calendar writes
// "1 day before (9 AM)" as -PT15H): a reminder at midnight would be missed. Relative to the event's
// start, midnight of the expiry date, "n days before at 9:00" is n days earlier less 15 hours. It also
// keeps every trigger with an hour part: `ics` writes a whole number of days as "-P7DT", with a bare
// T that RFC 5545's grammar does not allow.
const reminderHour = 9;

/** The UID of a token's expiry event: the same for every download, so a calendar updates the event rather than adding another. */
export function expiryEventUid(tokenId: string): string {
  return `vpp-token-expiry-${encodeURIComponent(tokenId)}@${uidDomain}`;
}

/** The page an admin renews the token on, as an absolute link. */
export function tokenPageUrl(origin: string, tokenId: string): string {
  return `${origin.replace(/\/+$/, '')}/tokens/${encodeURIComponent(tokenId)}`;
}

/** One token's reminder; `text` is undefined when it has no expiry date. */
export function tokenExpiryCalendar(token: ExpiryCalendarToken, options: ExpiryCalendarOptions): ExpiryCalendar {
  return expiryCalendar([token], options);
}

/** One calendar with a reminder for each token that has an expiry date, in the order given. */
export function expiryCalendar(tokens: readonly ExpiryCalendarToken[], options: ExpiryCalendarOptions): ExpiryCalendar {
  const warningDays = options.warningDays ?? defaultWarningDays;
  if (!Number.isInteger(warningDays) || warningDays < 1) throw new RangeError(`The warning window must be a whole number of days from 1, not ${warningDays}.`);
  const dayOf = localDay(options.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone);
  const alarms = reminders(warningDays);
  // The event's SEQUENCE: a calendar that compares revisions (Outlook does) takes an event only
  // when its SEQUENCE is at least the one it holds, so each download carries a higher one than the
  // last: the whole minutes since 1970 at download time, which stays under SEQUENCE's 32-bit limit
  // for millennia. Within one minute, the later DTSTAMP orders two downloads (RFC 5546).
  const sequence = Math.floor(options.now / 60_000);

  const events: EventAttributes[] = [];
  for (const token of tokens) {
    const expires = expiryTime(token);
    if (expires === undefined || !token.id) continue;
    const name = plainText(tokenName(token)) || token.id;
    const start = dayOf(expires);
    const link = tokenPageUrl(options.origin, token.id);
    const event: EventAttributes & { timestamp: number } = {
      uid: expiryEventUid(token.id),
      // DTSTAMP: `ics` accepts it as `timestamp` (its types omit it) and would use the clock otherwise.
      timestamp: options.now,
      sequence,
      title: `VPP token expires: ${name}`,
      start,
      end: nextDay(start),
      description: renewalSteps(name, expires, link),
      url: link,
      // The reminder blocks no time in the admin's day.
      transp: 'TRANSPARENT',
      busyStatus: 'FREE',
      alarms,
    };
    events.push(event);
  }
  const skipped = tokens.length - events.length;
  if (events.length === 0) return { text: undefined, included: 0, skipped };
  const { error, value } = createEvents(events, { productId, calName: 'VPP token expiry' });
  if (error || !value) throw error ?? new Error('The calendar could not be written.');
  return { text: value, included: events.length, skipped };
}

function reminders(warningDays: number): Alarm[] {
  const beforeStart = (days: number) => ({ before: true, days: days - 1, hours: 24 - reminderHour });
  const alarm = (days: number): Alarm => ({
    action: 'display',
    // `ics` escapes line breaks in an alarm's text but not commas or semicolons, so the token's name
    // stays out of it; calendars show the event's title beside the reminder anyway.
    description: days === 1 ? 'A VPP token expires tomorrow' : `A VPP token expires in ${days} days`,
    trigger: beforeStart(days),
  });
  return warningDays === 1 ? [alarm(1)] : [alarm(warningDays), alarm(1)];
}

function renewalSteps(name: string, expires: number, link: string): string {
  const exact = new Date(expires).toISOString().replace('T', ' ').slice(0, 16);
  return [
    `The VPP token "${name}" expires at ${exact} UTC. After that, Intune can no longer sync its apps and licenses.`,
    '',
    'To renew it:',
    '1. In Apple Business Manager, download the new token file: Preferences, Payments and Billing, Content Token.',
    "2. On the token's page, choose Renew token and upload the file:",
    link,
  ].join('\n');
}

/** The calendar day, in `timeZone`, that a moment falls on. */
function localDay(timeZone: string): (time: number) => DateArray {
  const format = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' });
  return (time) => {
    const parts = Object.fromEntries(format.formatToParts(time).map((part) => [part.type, part.value]));
    return [Number(parts.year), Number(parts.month), Number(parts.day)];
  };
}

/** An all-day event ends, exclusively, at the start of the next day. */
function nextDay([year, month, day]: DateArray): DateArray {
  const next = new Date(Date.UTC(year, month - 1, day + 1));
  return [next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate()];
}

/** Text may not hold control characters in iCalendar (nor make sense in a title); Graph's names might. */
function plainText(text: string): string {
  return text.replace(/\p{Cc}+/gu, ' ').trim();
}
