import type { VppToken } from '@microsoft/microsoft-graph-types-beta';
import { notify } from '../../../ui/notify';
import { downloadTextFile } from '../list/download-file';
import { listCalendarFileName, tokenCalendarFileName } from '../model/calendar-file-names';
import type { ExpiryCalendar, ExpiryCalendarToken } from '../model/expiry-calendar';
import { tokenName } from '../model/token-name';
import { describeCalendarFailure, describeListCalendar, describeTokenCalendar } from './calendar-messages';
import type { ExpiryCalendarAnswer, ExpiryCalendarRequest } from './expiry-calendar.worker';

// Loaded on the click, with the worker and `ics` behind it and the words they need, so neither page
// downloads them before an admin asks. Each saves the file and tells the admin how it went; neither
// throws.

type Choices = { warningDays?: number };

/** Add to calendar on a token's page: `<name>-expiry.ics`. */
export async function saveTokenCalendar(token: VppToken, choices: Choices = {}): Promise<void> {
  const name = tokenName(token);
  await saveCalendar([token], tokenCalendarFileName(name), choices).then(
    (calendar) => notify(describeTokenCalendar(name, calendar)),
    (error: unknown) => notify(describeCalendarFailure(error)),
  );
}

/** Export expiry calendar on the list: every token in the view, in one file. */
export async function saveListCalendar(tokens: readonly VppToken[], choices: Choices = {}): Promise<void> {
  const now = Date.now();
  await saveCalendar(tokens, listCalendarFileName(now), choices, now).then(
    (calendar) => notify(describeListCalendar(calendar)),
    (error: unknown) => notify(describeCalendarFailure(error)),
  );
}

async function saveCalendar(tokens: readonly ExpiryCalendarToken[], fileName: string, { warningDays }: Choices, now = Date.now()): Promise<ExpiryCalendar> {
  const calendar = await buildInWorker({
    tokens: tokens.map(calendarToken),
    options: {
      origin: window.location.origin,
      now,
      // Named here: the page's zone is the admin's, and a worker is not promised to share it.
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      warningDays,
    },
  });
  // No byte-order mark: a calendar file starts with BEGIN:VCALENDAR, and some calendars refuse anything before it.
  if (calendar.text !== undefined) downloadTextFile(fileName, calendar.text, 'text/calendar;charset=utf-8', { byteOrderMark: false });
  return calendar;
}

/** The fields a reminder needs, copied out of the token, so nothing else of it travels to the worker. */
function calendarToken({ id, displayName, organizationName, expirationDateTime }: ExpiryCalendarToken): ExpiryCalendarToken {
  return { id, displayName, organizationName, expirationDateTime };
}

function buildInWorker(request: ExpiryCalendarRequest): Promise<ExpiryCalendar> {
  const worker = new Worker(new URL('./expiry-calendar.worker.ts', import.meta.url), { type: 'module' });
  return new Promise<ExpiryCalendar>((resolve, reject) => {
    worker.onmessage = ({ data }: MessageEvent<ExpiryCalendarAnswer>) => (data.ok ? resolve(data.calendar) : reject(new Error(data.message)));
    worker.onerror = (event) => reject(new Error(event.message || 'The calendar could not be built.'));
    worker.postMessage(request);
  }).finally(() => worker.terminate());
}
