import { describe, expect, it } from 'vitest';
import { describeCalendarFailure, describeListCalendar, describeTokenCalendar } from './calendar-messages';

describe('what the list says after Export expiry calendar', () => {
  it('counts the tokens in the file', () => {
    expect(describeListCalendar({ included: 3000, skipped: 0 })).toMatchObject({ intent: 'success', title: 'Expiry calendar saved: 3,000 tokens' });
    expect(describeListCalendar({ included: 1, skipped: 0 }).title).toBe('Expiry calendar saved: 1 token');
  });

  it('says how many tokens in the view were left out for want of an expiry date', () => {
    const some = describeListCalendar({ included: 10, skipped: 2 });
    expect(some).toMatchObject({ intent: 'warning', title: 'Expiry calendar saved: 10 tokens' });
    expect(some.body).toContain('2 tokens in this view have no expiry date and are not in it.');
    expect(describeListCalendar({ included: 10, skipped: 1 }).body).toContain('1 token in this view has no expiry date and is not in it.');
  });

  it('says no file was saved when no token in the view has an expiry date', () => {
    expect(describeListCalendar({ included: 0, skipped: 4 })).toEqual({
      intent: 'warning',
      title: 'No expiry calendar saved',
      body: 'None of the 4 tokens in this view has an expiry date.',
    });
    expect(describeListCalendar({ included: 0, skipped: 1 }).body).toBe('The token in this view has no expiry date.');
  });
});

describe('what a token’s page says after Add to calendar', () => {
  it('names the token', () => {
    expect(describeTokenCalendar('Contoso', { included: 1 })).toMatchObject({ intent: 'success', title: 'Contoso: calendar file saved' });
    expect(describeTokenCalendar('Contoso', { included: 0 })).toMatchObject({ intent: 'warning', title: 'Contoso: no expiry date' });
  });

  it('says what went wrong when the file could not be made', () => {
    expect(describeCalendarFailure(new Error('Worker failed.'))).toMatchObject({ intent: 'error', body: expect.stringContaining('Worker failed.') });
  });
});
