import { formatCount } from '../../../ui/format-count';
import type { Notice } from '../../../ui/notify';
import type { ExpiryCalendar } from '../model/expiry-calendar';

const tokens = (n: number) => `${formatCount(n)} token${n === 1 ? '' : 's'}`;
const howToUse = "Open the file to add the expiry day and its reminders to your calendar; opening a newer one later updates the same events rather than adding more.";

/** What the list's Export expiry calendar tells the admin: how many tokens the file holds, and how many it could not. */
export function describeListCalendar({ included, skipped }: Pick<ExpiryCalendar, 'included' | 'skipped'>): Notice {
  if (included === 0) {
    return {
      intent: 'warning',
      title: 'No expiry calendar saved',
      body: skipped === 1 ? 'The token in this view has no expiry date.' : `None of the ${tokens(skipped)} in this view has an expiry date.`,
    };
  }
  const left = skipped === 0 ? '' : ` ${tokens(skipped)} in this view ${skipped === 1 ? 'has no expiry date and is' : 'have no expiry date and are'} not in it.`;
  return { intent: skipped === 0 ? 'success' : 'warning', title: `Expiry calendar saved: ${tokens(included)}`, body: `${howToUse}${left}` };
}

/** What Add to calendar on a token's page tells the admin. */
export function describeTokenCalendar(name: string, { included }: Pick<ExpiryCalendar, 'included'>): Notice {
  if (included === 0) return { intent: 'warning', title: `${name}: no expiry date`, body: 'Graph gives no readable expiry date for this token, so there is no day to put in a calendar.' };
  return { intent: 'success', title: `${name}: calendar file saved`, body: howToUse };
}

export function describeCalendarFailure(error: unknown): Notice {
  const why = error instanceof Error && error.message ? ` ${error.message}` : '';
  return { intent: 'error', title: 'The calendar file could not be made', body: `Try again; if it keeps failing, reload the page.${why}` };
}
