/**
 * One rule for reading Apple's .vpptoken file, as a table both parsers are tested against: the
 * simulator's (simulator/token-file.test.ts) and the app's
 * (src/features/tokens/model/token-file.test.ts). A file the app accepts must never be refused by
 * the simulator, nor the reverse, so a new case goes here and not in either test.
 *
 * The rule for expDate: `YYYY-MM-DDTHH:mm:ss` followed by `Z` or a UTC offset (`+0000`, `-0700`,
 * `+05:30`), as Apple writes it (`2027-01-05T10:00:00+0000`); nothing else. An organization name
 * is trimmed and must not be empty.
 *
 * Only what the file itself says is here. The app's own checks against the world (the token has
 * expired by now, it belongs to another organization than the one being renewed) stay in its test;
 * every date below is later than the clock that test uses.
 */
import type { TokenFileProblem } from './token-file.ts';

export type TokenFileOutcome =
  | { valid: true; expirationDateTime: string; organizationName: string }
  | { refused: TokenFileProblem };

export interface TokenFileCase {
  name: string;
  content: string;
  outcome: TokenFileOutcome;
}

/** Test data, not a secret: it only has to look like Apple's base64 sToken. */
export const CASE_SECRET = 'eyJleHBEYXRlIjoiMjAyNy0wMS0wNVQxMDowMDowMCswMDAwIiwi-CASE-SECRET';

function base64OfBytes(bytes: Iterable<number>): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** Base64 of UTF-8 text, as Apple's files hold it. */
export function base64OfText(text: string): string {
  return base64OfBytes(new TextEncoder().encode(text));
}

/** A file holding these JSON fields; a field given as undefined is left out. */
export function fileWith(fields: Record<string, unknown>): string {
  return base64OfText(JSON.stringify(fields));
}

const APPLE_EXAMPLE = fileWith({ token: CASE_SECRET, expDate: '2027-01-05T10:00:00+0000', orgName: 'Contoso' });

function withExpDate(expDate: unknown): string {
  return fileWith({ token: CASE_SECRET, expDate, orgName: 'Contoso' });
}

function withOrgName(orgName: unknown): string {
  return fileWith({ token: CASE_SECRET, expDate: '2027-01-05T10:00:00+0000', orgName });
}

function valid(expirationDateTime: string, organizationName = 'Contoso'): TokenFileOutcome {
  return { valid: true, expirationDateTime, organizationName };
}

function refused(problem: TokenFileProblem): TokenFileOutcome {
  return { refused: problem };
}

export const TOKEN_FILE_CASES: readonly TokenFileCase[] = [
  // What Apple writes, and the offsets the rule allows.
  { name: "Apple's own form, +0000", content: APPLE_EXAMPLE, outcome: valid('2027-01-05T10:00:00.000Z') },
  { name: 'a negative offset without a colon', content: withExpDate('2027-01-05T10:00:00-0700'), outcome: valid('2027-01-05T17:00:00.000Z') },
  { name: 'an offset with a colon and half an hour', content: withExpDate('2027-01-05T10:00:00+05:30'), outcome: valid('2027-01-05T04:30:00.000Z') },
  { name: 'a negative offset with a colon', content: withExpDate('2027-01-05T10:00:00-07:00'), outcome: valid('2027-01-05T17:00:00.000Z') },
  { name: 'Z for UTC', content: withExpDate('2027-01-05T10:00:00Z'), outcome: valid('2027-01-05T10:00:00.000Z') },
  { name: '29 February in a leap year', content: withExpDate('2028-02-29T00:00:00+0000'), outcome: valid('2028-02-29T00:00:00.000Z') },

  // How the file's text may arrive.
  { name: 'base64 ending with a newline', content: `${APPLE_EXAMPLE}\n`, outcome: valid('2027-01-05T10:00:00.000Z') },
  { name: 'base64 surrounded by spaces and line breaks', content: `\n  ${APPLE_EXAMPLE}  \r\n`, outcome: valid('2027-01-05T10:00:00.000Z') },
  {
    name: 'base64 broken over several lines',
    content: (APPLE_EXAMPLE.match(/.{1,20}/g) ?? []).join('\r\n'),
    outcome: valid('2027-01-05T10:00:00.000Z'),
  },
  {
    name: 'base64 without its padding',
    content: fileWith({ token: CASE_SECRET, expDate: '2027-01-05T10:00:00+0000', orgName: 'Contoso A' }).replace(/=+$/, ''),
    outcome: valid('2027-01-05T10:00:00.000Z', 'Contoso A'),
  },

  // The organization.
  { name: 'an organization named in Japanese', content: withOrgName('東京都教育委員会'), outcome: valid('2027-01-05T10:00:00.000Z', '東京都教育委員会') },
  { name: 'an organization with spaces around it, trimmed', content: withOrgName(' CONTOSO Ltd '), outcome: valid('2027-01-05T10:00:00.000Z', 'CONTOSO Ltd') },
  { name: 'no organization', content: withOrgName(undefined), outcome: refused('noOrganization') },
  { name: 'an empty organization', content: withOrgName(''), outcome: refused('noOrganization') },
  { name: 'an organization of only spaces', content: withOrgName('   '), outcome: refused('noOrganization') },
  { name: 'an organization that is a number', content: withOrgName(7), outcome: refused('noOrganization') },

  // Files that are not token files at all.
  { name: 'an empty file', content: '', outcome: refused('empty') },
  { name: 'a file of only whitespace', content: ' \n\t\r\n ', outcome: refused('empty') },
  { name: 'plain text', content: 'Token value: see Apple Business Manager', outcome: refused('notBase64') },
  { name: 'JSON that is not base64', content: '{"token":"abc"}', outcome: refused('notBase64') },
  { name: 'a download cut off at a length base64 cannot have', content: APPLE_EXAMPLE.slice(0, 81), outcome: refused('notBase64') },
  { name: 'a download cut off part-way', content: APPLE_EXAMPLE.slice(0, 80), outcome: refused('notToken') },
  { name: 'base64 of text that is not JSON', content: base64OfText('just some notes'), outcome: refused('notToken') },
  { name: 'base64 of bytes that are not text', content: base64OfBytes([0xff, 0xfe, 0x00, 0x81]), outcome: refused('notToken') },
  { name: 'base64 of a JSON array', content: base64OfText('["token"]'), outcome: refused('notToken') },
  { name: 'JSON without the secret', content: fileWith({ expDate: '2027-01-05T10:00:00+0000', orgName: 'Contoso' }), outcome: refused('notToken') },
  { name: 'an empty secret', content: fileWith({ token: '', expDate: '2027-01-05T10:00:00+0000', orgName: 'Contoso' }), outcome: refused('notToken') },
  { name: 'a secret of only spaces', content: fileWith({ token: '  ', expDate: '2027-01-05T10:00:00+0000', orgName: 'Contoso' }), outcome: refused('notToken') },
  { name: 'a secret that is a number', content: fileWith({ token: 42, expDate: '2027-01-05T10:00:00+0000', orgName: 'Contoso' }), outcome: refused('notToken') },

  // Expiry dates outside the rule.
  { name: 'no expDate', content: withExpDate(undefined), outcome: refused('badExpiry') },
  { name: 'an expDate that is a number', content: withExpDate(1893801600000), outcome: refused('badExpiry') },
  { name: 'a date without a time', content: withExpDate('2030-01-05'), outcome: refused('badExpiry') },
  { name: 'a date written in English', content: withExpDate('Jan 5 2030'), outcome: refused('badExpiry') },
  { name: 'a word', content: withExpDate('soon'), outcome: refused('badExpiry') },
  { name: 'a time without an offset', content: withExpDate('2030-01-05T10:00:00'), outcome: refused('badExpiry') },
  { name: 'a time without seconds', content: withExpDate('2030-01-05T10:00+0000'), outcome: refused('badExpiry') },
  { name: 'fractions of a second', content: withExpDate('2030-01-05T10:00:00.000Z'), outcome: refused('badExpiry') },
  { name: 'a space instead of T', content: withExpDate('2030-01-05 10:00:00+0000'), outcome: refused('badExpiry') },
  { name: 'a space before the date', content: withExpDate(' 2030-01-05T10:00:00+0000'), outcome: refused('badExpiry') },
  { name: 'an offset cut short', content: withExpDate('2030-01-05T10:00:00+05:3'), outcome: refused('badExpiry') },
  { name: 'an offset of 60 minutes', content: withExpDate('2030-01-05T10:00:00+0960'), outcome: refused('badExpiry') },
  { name: '30 February', content: withExpDate('2030-02-30T10:00:00Z'), outcome: refused('badExpiry') },
  { name: '29 February in a common year', content: withExpDate('2030-02-29T10:00:00Z'), outcome: refused('badExpiry') },
  { name: 'month 13', content: withExpDate('2030-13-05T10:00:00Z'), outcome: refused('badExpiry') },
  { name: 'hour 24', content: withExpDate('2030-01-05T24:00:00Z'), outcome: refused('badExpiry') },

  // Two faults: both parsers look at the secret, then the expiry, then the organization.
  { name: 'no secret and no readable expDate', content: fileWith({ expDate: 'soon', orgName: 'Contoso' }), outcome: refused('notToken') },
  { name: 'no readable expDate and no organization', content: fileWith({ token: CASE_SECRET, expDate: '2030-01-05', orgName: ' ' }), outcome: refused('badExpiry') },
];
