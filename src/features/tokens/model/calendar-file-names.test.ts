import { describe, expect, it } from 'vitest';
import { listCalendarFileName, tokenCalendarFileName } from './calendar-file-names';

const now = Date.parse('2026-12-02T11:00:00Z');

describe('file names', () => {
  it('name a token’s file after it, without what file systems refuse', () => {
    expect(tokenCalendarFileName('Contoso Schools – Main Campus')).toBe('Contoso Schools – Main Campus-expiry.ics');
    expect(tokenCalendarFileName('A/B: "C" <d>?*|\\e\n')).toBe('A B C d e-expiry.ics');
    expect(tokenCalendarFileName(' ..  ')).toBe('vpp-token-expiry.ics');
    expect(tokenCalendarFileName('x'.repeat(300))).toBe(`${'x'.repeat(100)}-expiry.ics`);
  });

  it('date the list’s file', () => {
    expect(listCalendarFileName(now)).toBe('vpp-token-expiry-2026-12-02.ics');
  });
});
