import type { Notice } from '../../../ui/notify';

/**
 * When the calendar's code itself could not be fetched (offline, or a new version deployed since the
 * page loaded). Everything else the calendar says loads with that code, not before.
 */
export const calendarCodeMissing: Notice = {
  intent: 'error',
  title: 'The calendar file could not be made',
  body: 'Its code could not be downloaded: check the connection, reload the page and try again.',
};
