import { describe, expect, it } from 'vitest';
import { decodeTokenFile, encodeTokenFile, formatAppleDate, parseAppleDate, TokenFileError } from './token-file.ts';

describe('Apple token files', () => {
  it('round-trips a file through encode and decode, including non-Latin organization names', () => {
    const content = encodeTokenFile({ token: 'c2VjcmV0', expDate: '2027-01-05T10:00:00+0000', orgName: '東京都教育委員会' });
    expect(content).toMatch(/^[A-Za-z0-9+/]+=*$/);
    const decoded = decodeTokenFile(content);
    expect(decoded).toMatchObject({ token: 'c2VjcmV0', orgName: '東京都教育委員会', expirationDateTime: '2027-01-05T10:00:00.000Z' });
  });

  it('reads the file as Apple writes it: JSON with token, expDate and orgName, base64 with a trailing newline', () => {
    const json = JSON.stringify({ token: 'abc', expDate: '2026-03-01T08:30:00-0800', orgName: 'Contoso' });
    const decoded = decodeTokenFile(`${btoa(json)}\n`);
    expect(decoded.expirationDateTime).toBe('2026-03-01T16:30:00.000Z');
  });

  it.each([
    ['empty text', ''],
    ['text that is not base64', 'Token value'],
    ['base64 that is not JSON', btoa('hello')],
    ['JSON without the secret', btoa(JSON.stringify({ expDate: '2027-01-05T10:00:00+0000', orgName: 'x' }))],
    ['JSON with an unreadable expDate', btoa(JSON.stringify({ token: 'a', expDate: 'soon', orgName: 'x' }))],
  ])('refuses %s with a reason', (_label, content) => {
    expect(() => decodeTokenFile(content)).toThrow(TokenFileError);
  });

  it("formats and parses Apple's date style (+0000 without a colon)", () => {
    const ms = Date.UTC(2027, 0, 5, 10, 0, 0);
    expect(formatAppleDate(ms)).toBe('2027-01-05T10:00:00+0000');
    expect(parseAppleDate('2027-01-05T10:00:00+0000')).toBe(ms);
  });
});
