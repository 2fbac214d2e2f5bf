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

export class TokenFileError extends Error {
  override name = 'TokenFileError';
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

/** Throws TokenFileError with a reason a person can act on. */
export function decodeTokenFile(content: string): DecodedTokenFile {
  if (typeof content !== 'string' || content.trim() === '') {
    throw new TokenFileError('the token is empty');
  }
  // Files downloaded from Apple often end with a newline; line breaks inside are tolerated too.
  const compact = content.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(compact) || compact.length % 4 !== 0) {
    throw new TokenFileError('the token is not base64 text as found in an Apple .vpptoken file');
  }
  let json: string;
  try {
    const binary = atob(compact);
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    json = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new TokenFileError('the token is not base64-encoded UTF-8 text');
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    throw new TokenFileError('the decoded token is not JSON');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new TokenFileError('the decoded token is not a JSON object');
  }
  const record = parsed as Record<string, unknown>;
  const { token, expDate, orgName, locationName } = record;
  if (typeof token !== 'string' || token === '') throw new TokenFileError("the decoded token has no 'token' field");
  if (typeof expDate !== 'string') throw new TokenFileError("the decoded token has no 'expDate' field");
  if (typeof orgName !== 'string' || orgName === '') throw new TokenFileError("the decoded token has no 'orgName' field");
  const expirationMs = parseAppleDate(expDate);
  if (Number.isNaN(expirationMs)) throw new TokenFileError(`the token's expDate '${expDate}' is not a date`);
  return {
    token,
    expDate,
    orgName,
    ...(typeof locationName === 'string' && locationName !== '' ? { locationName } : {}),
    expirationDateTime: new Date(expirationMs).toISOString(),
    expirationMs,
  };
}

/** Apple writes offsets without a colon (+0000); ISO 8601 parsers want +00:00. */
export function parseAppleDate(value: string): number {
  const normalized = value.trim().replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(normalized)) return Number.NaN;
  return Date.parse(normalized);
}

export function formatAppleDate(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, '+0000');
}

/** A believable Apple secret: ~200 random bytes as base64, as long as the real ones. */
export function makeAppleSecret(rng: Random): string {
  return bytesToBase64(randomBytes(rng, 198));
}
