import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import {
  expiryCalendar,
  expiryEventUid,
  tokenExpiryCalendar,
  tokenPageUrl,
  type ExpiryCalendarOptions,
  type ExpiryCalendarToken,
} from './expiry-calendar';

const hour = 3600;
const day = 24 * hour;
const now = Date.parse('2026-12-02T11:00:00Z');
const origin = 'https://vpp.example.com';
const berlin: ExpiryCalendarOptions = { origin, now, timeZone: 'Europe/Berlin' };

const contoso: ExpiryCalendarToken = {
  id: '1fa02c17-90ba-4f96-965e-bcfa1b00b328',
  displayName: 'Contoso Schools – Main Campus',
  organizationName: 'Contoso',
  expirationDateTime: '2027-03-01T03:00:00Z',
};

type ReadAlarm = { action: string; triggerSeconds: number; description: string };
type ReadEvent = {
  uid: string;
  summary: string;
  start: string;
  startIsDate: boolean;
  end: string;
  endIsDate: boolean;
  sequence: number;
  stamp: string;
  description: string;
  url: string;
  properties: string[];
  alarms: ReadAlarm[];
};

/** The file as a calendar reads it: parsed by ical.js, a parser that shares no code with the writer. */
function read(text: string | undefined): { name: string; events: ReadEvent[] } {
  if (text === undefined) throw new Error('No calendar was written.');
  const calendar = new ICAL.Component(ICAL.parse(text));
  expect(calendar.name).toBe('vcalendar');
  expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
  const events = calendar.getAllSubcomponents('vevent').map((event): ReadEvent => {
    const start = event.getFirstPropertyValue('dtstart') as ICAL.Time;
    const end = event.getFirstPropertyValue('dtend') as ICAL.Time;
    return {
      uid: String(event.getFirstPropertyValue('uid')),
      summary: String(event.getFirstPropertyValue('summary')),
      start: start.toString(),
      startIsDate: start.isDate,
      end: end.toString(),
      endIsDate: end.isDate,
      sequence: Number(event.getFirstPropertyValue('sequence')),
      stamp: (event.getFirstPropertyValue('dtstamp') as ICAL.Time).toString(),
      description: String(event.getFirstPropertyValue('description')),
      url: String(event.getFirstPropertyValue('url')),
      properties: event.getAllProperties().map((property) => property.name),
      alarms: event.getAllSubcomponents('valarm').map((alarm) => ({
        action: String(alarm.getFirstPropertyValue('action')),
        triggerSeconds: (alarm.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds(),
        description: String(alarm.getFirstPropertyValue('description')),
      })),
    };
  });
  return { name: String(calendar.getFirstPropertyValue('x-wr-calname')), events };
}

function onlyEvent(text: string | undefined): ReadEvent {
  const { events } = read(text);
  expect(events).toHaveLength(1);
  return events[0]!;
}

describe('a token’s expiry reminder', () => {
  it('is an all-day event on the expiry date, with the name, the way to renew and a link to the token’s page', () => {
    const calendar = tokenExpiryCalendar(contoso, berlin);
    expect(calendar).toMatchObject({ included: 1, skipped: 0 });
    const event = onlyEvent(calendar.text);
    expect(event).toMatchObject({
      uid: `vpp-token-expiry-${contoso.id}@vpp-console.invalid`,
      summary: 'VPP token expires: Contoso Schools – Main Campus',
      start: '2027-03-01',
      startIsDate: true,
      end: '2027-03-02',
      endIsDate: true,
      stamp: '2026-12-02T11:00:00Z',
      url: `https://vpp.example.com/tokens/${contoso.id}`,
    });
    expect(event.description).toBe(
      [
        'The VPP token "Contoso Schools – Main Campus" expires at 2027-03-01 03:00 UTC. After that, Intune can no longer sync its apps and licenses.',
        '',
        'To renew it:',
        '1. In Apple Business Manager, download the new token file: Preferences, Payments and Billing, Content Token.',
        "2. On the token's page, choose Renew token and upload the file:",
        `https://vpp.example.com/tokens/${contoso.id}`,
      ].join('\n'),
    );
  });

  it('names the token as the list does when it has no display name', () => {
    const event = onlyEvent(tokenExpiryCalendar({ ...contoso, displayName: '  ' }, berlin).text);
    expect(event.summary).toBe('VPP token expires: Contoso');
  });

  it('carries nothing but the name, the dates and the link: no secret, no Apple ID, no other tenant data', () => {
    const secret = 'eyJleHBEYXRlIjoiMjAyNy0wMy0wMVQwMzowMDowMCswMDAwIiwidG9rZW4iOiJzZWNyZXQtdmFsdWUifQ==';
    const whole = {
      ...contoso,
      token: secret,
      appleId: 'vpp-admin@contoso.com',
      locationName: 'Contoso – Building 7',
      countryOrRegion: 'us',
      roleScopeTagIds: ['0', '4'],
      lastSyncDateTime: '2026-12-01T10:00:00Z',
    };
    const { text } = tokenExpiryCalendar(whole, berlin);
    for (const value of [secret, secret.slice(0, 20), 'vpp-admin', 'Building 7', '2026-12-01T10']) {
      expect(text).not.toContain(value);
    }
    expect(onlyEvent(text).properties.sort()).toEqual(
      ['description', 'dtend', 'dtstamp', 'dtstart', 'sequence', 'summary', 'transp', 'uid', 'url', 'x-microsoft-cdo-busystatus'].sort(),
    );
  });

  it('keeps names with iCalendar’s special characters, other scripts and line breaks whole', () => {
    const names = [
      'Fabrikam, Inc.; "Retail" \\ UK',
      'مدرسة النور – الحرم الرئيسي',
      'Wide World 🌍 Importers',
      `${'Very long name '.repeat(12)}end`,
    ];
    for (const displayName of names) {
      expect(onlyEvent(tokenExpiryCalendar({ ...contoso, displayName }, berlin).text).summary).toBe(`VPP token expires: ${displayName}`);
    }
    const broken = onlyEvent(tokenExpiryCalendar({ ...contoso, displayName: 'Line one\r\nLine two\u0007\ttab' }, berlin).text);
    expect(broken.summary).toBe('VPP token expires: Line one Line two tab');
  });

  it('writes RFC 5545 lines: CRLF ends, and BEGIN:VCALENDAR first with no byte-order mark', () => {
    const { text } = tokenExpiryCalendar({ ...contoso, displayName: 'x'.repeat(300) }, berlin);
    expect(text!.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(text!.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text!.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text!.split('\r\n')) expect(line.length).toBeLessThanOrEqual(75);
  });
});

describe('reminders', () => {
  // Triggers count from the event's start, midnight of the expiry date: "7 days before, at 9:00" is 7 days less 9 hours earlier.
  const at9 = (daysBefore: number) => -daysBefore * day + 9 * hour;

  it('ring at 9:00 when the warning window opens (7 days by default) and the day before', () => {
    const { alarms } = onlyEvent(tokenExpiryCalendar(contoso, berlin).text);
    expect(alarms).toEqual([
      { action: 'DISPLAY', triggerSeconds: at9(7), description: 'A VPP token expires in 7 days' },
      { action: 'DISPLAY', triggerSeconds: at9(1), description: 'A VPP token expires tomorrow' },
    ]);
  });

  it.each([2, 14, 30, 60, 90])('follow a warning window of %d days', (warningDays) => {
    const { alarms } = onlyEvent(tokenExpiryCalendar(contoso, { ...berlin, warningDays }).text);
    expect(alarms.map((alarm) => alarm.triggerSeconds)).toEqual([at9(warningDays), at9(1)]);
    expect(alarms[0]!.description).toBe(`A VPP token expires in ${warningDays} days`);
  });

  it('ring once when the warning window is a single day', () => {
    const { alarms } = onlyEvent(tokenExpiryCalendar(contoso, { ...berlin, warningDays: 1 }).text);
    expect(alarms.map((alarm) => alarm.triggerSeconds)).toEqual([at9(1)]);
  });

  it.each([0, -3, 1.5, Number.NaN])('refuse a warning window of %s days', (warningDays) => {
    expect(() => tokenExpiryCalendar(contoso, { ...berlin, warningDays })).toThrow(RangeError);
  });
});

describe('the expiry day follows the admin’s time zone', () => {
  it.each([
    // 2027-03-01T03:00Z is still the evening of 28 February on the US west coast.
    ['2027-03-01T03:00:00Z', 'America/Los_Angeles', '2027-02-28', '2027-03-01'],
    ['2027-03-01T03:00:00Z', 'Europe/Berlin', '2027-03-01', '2027-03-02'],
    ['2027-03-01T03:00:00Z', 'UTC', '2027-03-01', '2027-03-02'],
    ['2027-03-01T03:00:00Z', 'Pacific/Kiritimati', '2027-03-01', '2027-03-02'],
    // A year's last day, and the end that falls in the next year.
    ['2027-01-01T02:00:00Z', 'America/Los_Angeles', '2026-12-31', '2027-01-01'],
    ['2027-12-31T23:30:00Z', 'Asia/Tokyo', '2028-01-01', '2028-01-02'],
    // A leap day, from either side.
    ['2028-02-29T12:00:00Z', 'UTC', '2028-02-29', '2028-03-01'],
    ['2028-03-01T04:59:00Z', 'America/New_York', '2028-02-29', '2028-03-01'],
    // Half-hour offsets, either side of local midnight.
    ['2027-02-28T18:15:00Z', 'Asia/Kolkata', '2027-02-28', '2027-03-01'],
    ['2027-02-28T18:45:00Z', 'Asia/Kolkata', '2027-03-01', '2027-03-02'],
    // The nights clocks change: 01:30 local on both.
    ['2027-03-14T09:30:00Z', 'America/Los_Angeles', '2027-03-14', '2027-03-15'],
    ['2027-10-31T00:30:00Z', 'Europe/Berlin', '2027-10-31', '2027-11-01'],
  ])('%s in %s is on %s', (expirationDateTime, timeZone, start, end) => {
    const event = onlyEvent(tokenExpiryCalendar({ ...contoso, expirationDateTime }, { origin, now, timeZone }).text);
    expect(event).toMatchObject({ start, end, startIsDate: true, endIsDate: true });
  });

  it('is the process’s own zone when none is given, as a browser’s is its own', () => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(tokenExpiryCalendar(contoso, { origin, now }).text).toBe(tokenExpiryCalendar(contoso, { origin, now, timeZone: zone }).text);
  });

  it('says in the description when, exactly, the token expires, in UTC', () => {
    const event = onlyEvent(tokenExpiryCalendar(contoso, { origin, now, timeZone: 'America/Los_Angeles' }).text);
    expect(event.description).toContain('expires at 2027-03-01 03:00 UTC');
  });
});

describe('UIDs and revisions', () => {
  it('keep the UID across downloads, names, windows and renewals, so a calendar updates the event', () => {
    const first = onlyEvent(tokenExpiryCalendar(contoso, berlin).text);
    const later = now + 3 * day + 17_000;
    const renewed = { ...contoso, displayName: 'Contoso renamed', expirationDateTime: '2028-03-01T03:00:00Z' };
    const second = onlyEvent(tokenExpiryCalendar(renewed, { ...berlin, now: later, warningDays: 30 }).text);
    expect(second.uid).toBe(first.uid);
    expect(second.uid).toBe(expiryEventUid(contoso.id!));
    // A calendar that compares revisions must see the second as the newer.
    expect(second.sequence).toBeGreaterThan(first.sequence);
    expect(second.stamp).toBe(new Date(later).toISOString().replace(/\.\d+Z$/, 'Z'));
    expect(second.start).toBe('2028-03-01');
  });

  it('write the same text for the same token at the same moment', () => {
    expect(tokenExpiryCalendar(contoso, berlin).text).toBe(tokenExpiryCalendar(contoso, berlin).text);
  });

  it('give each token its own UID, and a link that survives any ID', () => {
    const other = { ...contoso, id: '4eb4ae5f-4db6-4e08-bb12-dbc1da2a2d5c' };
    const { events } = read(expiryCalendar([contoso, other], berlin).text);
    expect(new Set(events.map((event) => event.uid)).size).toBe(2);

    const odd = onlyEvent(tokenExpiryCalendar({ ...contoso, id: 'a;b,c d/e\nf' }, berlin).text);
    expect(odd.uid).toBe('vpp-token-expiry-a%3Bb%2Cc%20d%2Fe%0Af@vpp-console.invalid');
    expect(odd.url).toBe('https://vpp.example.com/tokens/a%3Bb%2Cc%20d%2Fe%0Af');
  });

  it('keeps a SEQUENCE that fits the 32-bit integers calendars store', () => {
    const far = Date.parse('2999-12-31T23:59:00Z');
    expect(onlyEvent(tokenExpiryCalendar(contoso, { ...berlin, now: far }).text).sequence).toBeLessThan(2 ** 31);
  });
});

describe('a calendar of many tokens', () => {
  const tokens: ExpiryCalendarToken[] = [
    contoso,
    { id: 'b', displayName: 'Fabrikam Retail UK', expirationDateTime: '2026-12-05T09:00:00Z' },
    { id: 'no-date', displayName: 'No expiry', expirationDateTime: undefined },
    // Graph's types say string, yet hostile data sends null.
    { id: 'null-date', displayName: 'Null expiry', expirationDateTime: null as unknown as string },
    { id: 'bad-date', displayName: 'Unreadable expiry', expirationDateTime: 'next Tuesday-ish' },
    { id: 'never', displayName: 'Graph’s empty date', expirationDateTime: '0001-01-01T00:00:00Z' },
    { displayName: 'No ID', expirationDateTime: '2027-05-01T00:00:00Z' },
    // Expired a while ago: still a fact worth seeing on the calendar.
    { id: 'c', displayName: 'Tailspin Toys', expirationDateTime: '2026-06-30T22:00:00Z' },
  ];

  it('holds one event per token with an expiry date, in the order given, and counts the rest', () => {
    const calendar = expiryCalendar(tokens, berlin);
    expect(calendar).toMatchObject({ included: 3, skipped: 5 });
    const { name, events } = read(calendar.text);
    expect(name).toBe('VPP token expiry');
    expect(events.map((event) => [event.summary, event.start, event.end])).toEqual([
      ['VPP token expires: Contoso Schools – Main Campus', '2027-03-01', '2027-03-02'],
      ['VPP token expires: Fabrikam Retail UK', '2026-12-05', '2026-12-06'],
      ['VPP token expires: Tailspin Toys', '2026-07-01', '2026-07-02'],
    ]);
    for (const event of events) {
      expect(event.alarms.map((alarm) => alarm.triggerSeconds)).toEqual([-7 * day + 9 * hour, -day + 9 * hour]);
      expect(event.url).toBe(tokenPageUrl(origin, event.uid.replace(/^vpp-token-expiry-|@.*$/g, '')));
      expect(event.description).toContain(event.url);
    }
  });

  it('writes no file when no token has an expiry date', () => {
    expect(expiryCalendar(tokens.slice(2, 7), berlin)).toEqual({ text: undefined, included: 0, skipped: 5 });
    expect(expiryCalendar([], berlin)).toEqual({ text: undefined, included: 0, skipped: 0 });
  });

  it('links to the token’s page on any origin, with or without a trailing slash', () => {
    expect(tokenPageUrl('http://localhost:5173/', 'x')).toBe('http://localhost:5173/tokens/x');
    const event = onlyEvent(tokenExpiryCalendar(contoso, { ...berlin, origin: 'http://127.0.0.1:4173' }).text);
    expect(event.url).toBe(`http://127.0.0.1:4173/tokens/${contoso.id}`);
  });
});
