/**
 * Apple's .vpptoken file: base64 text that decodes to JSON `{ token, expDate, orgName }`.
 * The whole file content is what an admin puts into the `token` property, and Intune derives
 * organizationName and expirationDateTime from it. Implemented here on its own (atob/btoa and
 * TextEncoder only) because the simulator must not import runtime code from src/, and so it runs
 * in Node and in a browser alike.
 */
import type { Random } from './random.ts';
import { randomBytes } from './random.ts';

export interface TokenFile {
  /** Apple's secret (sToken), itself long base64 text. */
  token: string;
  /** Apple's format: `2027-01-05T10:00:00+0000`. */
  expDate: string;
  orgName: string;
  /**
   * Not in Apple's files: real Intune learns the location from Apple's service. The simulator
   * accepts it so tests can choose the locationName a token gets; absent, orgName is used.
   */
  locationName?: string;
}

export interface DecodedTokenFile extends TokenFile {
  /** expDate as an ISO 8601 UTC string, the way Graph reports expirationDateTime. */
  expirationDateTime: string;
  expirationMs: number;
}

/**
 * Why a file was refused, in the words of the shared case table (token-file-cases.ts) that this
 * parser and the app's are both held to.
 */
export type TokenFileProblem = 'empty' | 'notBase64' | 'notToken' | 'badExpiry' | 'noOrganization';

export class TokenFileError extends Error {
  override name = 'TokenFileError';
  constructor(
    readonly problem: TokenFileProblem,
    message: string,
  ) {
    super(message);
  }
}

function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

export function encodeTokenFile(file: TokenFile): string {
  const json = JSON.stringify(file);
  return bytesToBase64(new TextEncoder().encode(json));
}

/**
 * Throws TokenFileError with a reason a person can act on. The checks run in the same order as the
 * app's (secret, then expiry, then organization), so a file with two faults is refused for the
 * same one by both.
 */
export function decodeTokenFile(content: string): DecodedTokenFile {
  if (typeof content !== 'string' || content.trim() === '') {
    throw new TokenFileError('empty', 'the token is empty');
  }
  // Files downloaded from Apple often end with a newline; line breaks inside and missing padding
  // are tolerated too, as the app tolerates them, so a file the app accepts is never refused here.
  const compact = content.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(compact) || compact.length % 4 === 1) {
    throw new TokenFileError('notBase64', 'the token is not base64 text as found in an Apple .vpptoken file');
  }
  let binary: string;
  try {
    binary = atob(compact);
  } catch {
    throw new TokenFileError('notBase64', 'the token is not base64 text as found in an Apple .vpptoken file');
  }
  let json: string;
  try {
    json = new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
  } catch {
    throw new TokenFileError('notToken', 'the decoded token is not UTF-8 text');
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    throw new TokenFileError('notToken', 'the decoded token is not JSON');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new TokenFileError('notToken', 'the decoded token is not a JSON object');
  }
  const { token, expDate, orgName, locationName } = parsed as Record<string, unknown>;
  if (typeof token !== 'string' || token.trim() === '') {
    throw new TokenFileError('notToken', "the decoded token has no 'token' field");
  }
  const expirationMs = typeof expDate === 'string' ? parseAppleDate(expDate) : Number.NaN;
  if (typeof expDate !== 'string' || Number.isNaN(expirationMs)) {
    throw new TokenFileError('badExpiry', "the token's expDate is missing or not of the form 2027-01-05T10:00:00+0000");
  }
  const organization = typeof orgName === 'string' ? orgName.trim() : '';
  if (organization === '') throw new TokenFileError('noOrganization', "the decoded token has no 'orgName'");
  return {
    token,
    expDate,
    orgName: organization,
    ...(typeof locationName === 'string' && locationName !== '' ? { locationName } : {}),
    expirationDateTime: new Date(expirationMs).toISOString(),
    expirationMs,
  };
}

const APPLE_DATE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:Z|([+-])(\d{2}):?(\d{2}))$/;

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

/**
 * Apple writes `2027-01-05T10:00:00+0000`. Accepted: that form with any UTC offset (with or without
 * a colon) or `Z`; anything else is NaN, because Date.parse would also take `2030-01-05` or
 * `Jan 5 2030` and roll 30 February over into March.
 */
export function parseAppleDate(value: string): number {
  const match = APPLE_DATE.exec(value);
  if (!match) return Number.NaN;
  const part = (index: number) => Number(match[index] ?? 0);
  const [year, month, day, hour, minute, second, offsetHours, offsetMinutes] = [1, 2, 3, 4, 5, 6, 8, 9].map(part) as [
    number, number, number, number, number, number, number, number,
  ];
  const sign = match[7];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return Number.NaN;
  if (hour > 23 || minute > 59 || second > 59) return Number.NaN;
  if (offsetHours > 23 || offsetMinutes > 59) return Number.NaN;
  const wallClock = new Date(0).setUTCFullYear(year, month - 1, day) + ((hour * 60 + minute) * 60 + second) * 1000;
  const offsetMs = (offsetHours * 60 + offsetMinutes) * 60_000;
  return sign === '-' ? wallClock + offsetMs : wallClock - offsetMs;
}

export function formatAppleDate(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, '+0000');
}

/** A believable Apple secret: ~200 random bytes as base64, as long as the real ones. */
export function makeAppleSecret(rng: Random): string {
  return bytesToBase64(randomBytes(rng, 198));
}
