import { describe, expect, it } from 'vitest';
import { TOKEN_FILE_CASES } from './token-file-cases.ts';
import { decodeTokenFile, encodeTokenFile, formatAppleDate, parseAppleDate, TokenFileError } from './token-file.ts';

/** The error decoding throws, or undefined when the file is read. */
function refusalOf(content: string): TokenFileError | undefined {
  try {
    decodeTokenFile(content);
  } catch (error) {
    if (error instanceof TokenFileError) return error;
    throw error;
  }
  return undefined;
}

describe('Apple token files', () => {
  describe.each(TOKEN_FILE_CASES)('the shared rule: $name', ({ content, outcome }) => {
    if ('valid' in outcome) {
      it('is read, with its expiry in UTC and its organization', () => {
        expect(decodeTokenFile(content)).toMatchObject({
          expirationDateTime: outcome.expirationDateTime,
          orgName: outcome.organizationName,
        });
      });
    } else {
      it(`is refused as ${outcome.refused}`, () => {
        expect(refusalOf(content)?.problem).toBe(outcome.refused);
      });
    }
  });

  it('round-trips a file through encode and decode, including non-Latin organization names', () => {
    const content = encodeTokenFile({ token: 'c2VjcmV0', expDate: '2027-01-05T10:00:00+0000', orgName: '東京都教育委員会' });
    expect(content).toMatch(/^[A-Za-z0-9+/]+=*$/);
    const decoded = decodeTokenFile(content);
    expect(decoded).toMatchObject({ token: 'c2VjcmV0', orgName: '東京都教育委員会', expirationDateTime: '2027-01-05T10:00:00.000Z' });
  });

  it('never quotes the secret in a refusal', () => {
    const secret = 'c2VjcmV0LXZhbHVlLXRoYXQtbXVzdC1zdGF5LWhpZGRlbg==';
    for (const file of [
      { token: secret, expDate: 'soon', orgName: 'x' },
      { token: secret, expDate: '2027-01-05T10:00:00Z', orgName: ' ' },
    ]) {
      const refusal = refusalOf(encodeTokenFile(file));
      expect(refusal).toBeDefined();
      expect(refusal?.message).not.toContain(secret);
    }
  });

  it("formats and parses Apple's date style (+0000 without a colon)", () => {
    const ms = Date.UTC(2027, 0, 5, 10, 0, 0);
    expect(formatAppleDate(ms)).toBe('2027-01-05T10:00:00+0000');
    expect(parseAppleDate(formatAppleDate(ms))).toBe(ms);
  });
});
