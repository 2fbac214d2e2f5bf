import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import ICAL from 'ical.js';
import { expect, test, type Simulator } from './fixtures';
import { parseCsv } from './list-export';

/**
 * The calendar files as a calendar would read them: downloaded in Chromium, parsed by ical.js (which
 * shares no code with the `ics` library that writes them), in browsers told to live in different
 * time zones.
 */

const hour = 3600;
const day = 24 * hour;
// "7 days before, at 9:00" and "the day before, at 9:00", counted from midnight of the expiry date.
const reminders = [-7 * day + 9 * hour, -day + 9 * hour];
const secret = 'CALENDAR-SECRET-eyJ0b2tlbiI6InNlY3JldCJ9';

type CalendarEvent = {
  uid: string;
  summary: string;
  start: string;
  startIsDate: boolean;
  end: string;
  sequence: number;
  description: string;
  url: string;
  triggers: number[];
};

async function readCalendar(download: Download): Promise<{ text: string; events: CalendarEvent[] }> {
  const text = (await readFile(await download.path())).toString('utf8');
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((event) => {
    const start = event.getFirstPropertyValue('dtstart') as ICAL.Time;
    return {
      uid: String(event.getFirstPropertyValue('uid')),
      summary: String(event.getFirstPropertyValue('summary')),
      start: start.toString(),
      startIsDate: start.isDate,
      end: (event.getFirstPropertyValue('dtend') as ICAL.Time).toString(),
      sequence: Number(event.getFirstPropertyValue('sequence')),
      description: String(event.getFirstPropertyValue('description')),
      url: String(event.getFirstPropertyValue('url')),
      triggers: event.getAllSubcomponents('valarm').map((alarm) => (alarm.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds()),
    };
  });
  return { text, events };
}

/** The day a moment falls on in `timeZone`, as iCalendar's DATE reads in ical.js. */
function dayIn(timeZone: string, iso: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(Date.parse(iso));
}

const uidOf = (id: string) => `vpp-token-expiry-${id}@vpp-console.invalid`;

async function putToken(simulator: Simulator, token: Record<string, unknown>): Promise<string> {
  const [id] = await simulator.put({
    organizationName: 'Calendar Test Ltd',
    appleId: 'vpp-calendar@calendar.example',
    locationName: 'Calendar Test – Building 9',
    state: 'valid',
    lastSyncDateTime: new Date().toISOString(),
    lastSyncStatus: 'completed',
    vppTokenAccountType: 'business',
    countryOrRegion: 'us',
    automaticallyUpdateApps: true,
    dataSharingConsentGranted: true,
    roleScopeTagIds: ['0'],
    token: secret,
    ...token,
  });
  return id!;
}

/** A notice's title and body as shown, not their copy for screen readers. */
const toastTitle = (page: Page, text: string) => page.locator('.fui-ToastTitle', { hasText: text });
const toastBody = (page: Page, text: string) => page.locator('.fui-ToastBody', { hasText: text });

async function addToCalendar(page: Page): Promise<Download> {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Add to calendar' }).click();
  return downloading;
}

for (const [timeZone, expected] of [
  ['America/Los_Angeles', { start: '2027-02-28', end: '2027-03-01' }],
  ['Europe/Berlin', { start: '2027-03-01', end: '2027-03-02' }],
] as const) {
  test.describe(`in a browser in ${timeZone}`, () => {
    test.use({ timezoneId: timeZone });

    test('Add to calendar saves the token’s expiry day as that browser sees it, with reminders, its UID and its link, and no secret', async ({ page, simulator, baseURL }) => {
      const id = await putToken(simulator, { displayName: 'Calendar West', expirationDateTime: '2027-03-01T03:00:00Z' });
      await page.goto(`/tokens/${id}`);
      await expect(page.getByRole('heading', { name: 'Calendar West', level: 1 })).toBeVisible();

      const first = await addToCalendar(page);
      expect(first.suggestedFilename()).toBe('Calendar West-expiry.ics');
      await expect(toastTitle(page, 'Calendar West: calendar file saved').first()).toBeVisible();
      const { text, events } = await readCalendar(first);
      expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
      expect(events).toHaveLength(1);
      const [event] = events;
      const link = `${baseURL}/tokens/${id}`;
      expect(event).toMatchObject({ ...expected, startIsDate: true, uid: uidOf(id), summary: 'VPP token expires: Calendar West', url: link, triggers: reminders });
      expect(event!.description).toContain('Apple Business Manager');
      expect(event!.description).toContain('Renew token');
      expect(event!.description).toContain(link);
      for (const leak of [secret, 'vpp-calendar@', 'Building 9', 'Calendar Test Ltd']) expect(text).not.toContain(leak);

      // A second download is the same event, newer: a calendar updates it rather than adding another.
      await expect(page.getByRole('button', { name: 'Add to calendar' })).toBeEnabled();
      const again = (await readCalendar(await addToCalendar(page))).events;
      expect(again.map((e) => e.uid)).toEqual([uidOf(id)]);
      expect(again[0]!.sequence).toBeGreaterThanOrEqual(event!.sequence);

      // The link opens the token's page.
      await page.goto(event!.url);
      await expect(page.getByRole('heading', { name: 'Calendar West', level: 1 })).toBeVisible();
    });

    test('Export expiry calendar holds every token in the view, each on its day in this zone, and says which it left out', async ({ page, simulator, baseURL }) => {
      const dated = await putToken(simulator, { displayName: 'Zeta Calendar dated', expirationDateTime: '2027-03-01T03:00:00Z' });
      const undated = await putToken(simulator, { displayName: 'Zeta Calendar undated', expirationDateTime: null });
      await page.goto('/');
      await page.getByRole('searchbox', { name: 'Search tokens' }).fill('Zeta Calendar');
      await expect(page.getByRole('grid', { name: 'VPP tokens' })).toHaveAttribute('aria-rowcount', '3');

      const downloading = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Export expiry calendar' }).click();
      const download = await downloading;
      expect(download.suggestedFilename()).toMatch(/^vpp-token-expiry-\d{4}-\d{2}-\d{2}\.ics$/);
      await expect(toastTitle(page, 'Expiry calendar saved: 1 token')).toBeVisible();
      await expect(toastBody(page, '1 token in this view has no expiry date and is not in it.')).toBeVisible();
      const { events } = await readCalendar(download);
      expect(events.map((event) => event.uid)).toEqual([uidOf(dated)]);
      expect(events[0]).toMatchObject({ ...expected, url: `${baseURL}/tokens/${dated}`, triggers: reminders });
      expect(events.map((event) => event.uid)).not.toContain(uidOf(undated));

      // On its own page, a token with no expiry date has no day to offer.
      await page.goto(`/tokens/${undated}`);
      await expect(page.getByRole('heading', { name: 'Zeta Calendar undated', level: 1 })).toBeVisible();
      await expect(page.getByRole('button', { name: 'Add to calendar' })).toBeDisabled();
    });
  });
}

test.describe('a filtered view in Los Angeles', () => {
  test.use({ timezoneId: 'America/Los_Angeles' });

  test('the calendar holds exactly the rows the CSV export of the same view holds, with their dates, alarms and links, and no token secret', async ({ page, simulator, baseURL }) => {
    const stored = await simulator.tokens();
    await page.goto('/?health=unhealthy&sort=name&dir=asc');
    await expect(page.getByRole('grid', { name: 'VPP tokens' })).toBeVisible();

    const csvDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export CSV' }).click();
    const csv = parseCsv((await readFile(await (await csvDownload).path())).toString('utf8'));
    expect(csv.length).toBeGreaterThan(1);

    const icsDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export expiry calendar' }).click();
    const { text, events } = await readCalendar(await icsDownload);

    const inView = csv.map((row) => stored.find((token) => token.id === row.ID)!);
    const withExpiry = inView.filter((token) => token.expirationDateTime && !Number.isNaN(Date.parse(token.expirationDateTime)));
    expect(events.map((event) => event.uid)).toEqual(withExpiry.map((token) => uidOf(token.id!)));
    for (const [i, event] of events.entries()) {
      const token = withExpiry[i]!;
      expect(event.start).toBe(dayIn('America/Los_Angeles', token.expirationDateTime!));
      expect(event.startIsDate).toBe(true);
      expect(event.triggers).toEqual(reminders);
      expect(event.url).toBe(`${baseURL}/tokens/${token.id}`);
      expect(event.summary).toBe(`VPP token expires: ${csv[inView.indexOf(token)]!.Name}`);
    }
    for (const token of stored) {
      expect(text).not.toContain(token.token!.slice(0, 40));
      if (token.appleId) expect(text).not.toContain(token.appleId);
    }
  });
});

test('at Intune’s limit of 3,000 tokens, the whole list goes into one calendar, one event a token', async ({ page, simulator }) => {
  test.setTimeout(120_000);
  await simulator.reset(3000);
  await page.goto('/');
  await expect(page.getByRole('status').filter({ hasText: /^3,000 tokens$/ })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText(/Loading more tokens/)).toHaveCount(0);

  const downloading = page.waitForEvent('download', { timeout: 60_000 });
  await page.getByRole('button', { name: 'Export expiry calendar' }).click();
  const { events } = await readCalendar(await downloading);
  await expect(toastTitle(page, 'Expiry calendar saved: 3,000 tokens')).toBeVisible();
  expect(events).toHaveLength(3000);
  expect(new Set(events.map((event) => event.uid)).size).toBe(3000);
  expect(events.every((event) => event.startIsDate && event.triggers.length === 2)).toBe(true);
});
