export type TokenFileProblem = 'empty' | 'notBase64' | 'notToken' | 'expired' | 'otherOrganization';

export type TokenFile =
  | { ok: true; content: string; expiresAt: string; organizationName: string }
  | { ok: false; reason: TokenFileProblem; message: string };

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * Reads an Apple `.vpptoken` file (base64 of JSON with `token`, `expDate`, `orgName`) and checks it
 * before it is sent. The token inside is a secret: no message ever quotes the file.
 */
export function parseTokenFile(
  content: string,
  { now, expectedOrganization }: { now: number; expectedOrganization?: string | null },
): TokenFile {
  const trimmed = content.trim();
  if (trimmed === '') return problem('empty', 'This file is empty.');

  const json = decodeBase64Text(trimmed);
  if (json === undefined) return problem('notBase64', "This isn't an Apple token file: it is not base64 text.");

  const data = parseJson(json);
  if (!isRecord(data) || typeof data.token !== 'string' || data.token.trim() === '') {
    return problem('notToken', "This isn't an Apple token file: it doesn't hold a VPP token.");
  }
  const expires = typeof data.expDate === 'string' ? parseAppleDate(data.expDate) : undefined;
  if (expires === undefined) {
    return problem('notToken', "This token file has no readable expiry date: download a new one from Apple Business Manager.");
  }
  const organizationName = typeof data.orgName === 'string' ? data.orgName.trim() : '';
  // Intune reads the organization from the file and refuses one that names none.
  if (organizationName === '') {
    return problem('notToken', "This token file names no organization: download a new one from Apple Business Manager.");
  }

  const expected = expectedOrganization?.trim() ?? '';
  if (expected !== '' && organizationName !== '' && !sameOrganization(expected, organizationName)) {
    return problem(
      'otherOrganization',
      `This token belongs to ${organizationName}, not ${expected}: download the token for ${expected} from Apple Business Manager.`,
    );
  }
  if (expires <= now) {
    return problem('expired', `This token expired on ${formatDay(expires)}: download a new one from Apple Business Manager.`);
  }
  return { ok: true, content: trimmed, expiresAt: new Date(expires).toISOString(), organizationName };
}

function problem(reason: TokenFileProblem, message: string): TokenFile {
  return { ok: false, reason, message };
}

/** Base64 (line breaks allowed, padding optional) decoded as text, or undefined when not base64. */
function decodeBase64Text(text: string): string | undefined {
  const compact = text.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(compact) || compact.length % 4 === 1) return undefined;
  let binary: string;
  try {
    binary = atob(compact);
  } catch {
    return undefined;
  }
  const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Base64 of something that is not text: some other kind of file, not a token.
    return '';
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const appleDate = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:Z|([+-])(\d{2}):?(\d{2}))$/;

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

/**
 * Apple writes "2027-01-05T10:00:00+0000". Only that form is read, with any UTC offset (with or
 * without a colon) or "Z": Date.parse would also take "2030-01-05" or "Jan 5 2030", which Apple
 * never writes, and roll 30 February over into March. The simulator follows the same rule; the table
 * in simulator/token-file-cases.ts holds both to it.
 */
function parseAppleDate(text: string): number | undefined {
  const match = appleDate.exec(text);
  if (!match) return undefined;
  const part = (index: number) => Number(match[index] ?? 0);
  const [year, month, day, hour, minute, second, offsetHours, offsetMinutes] = [1, 2, 3, 4, 5, 6, 8, 9].map(part) as [
    number, number, number, number, number, number, number, number,
  ];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hour > 23 || minute > 59 || second > 59 || offsetHours > 23 || offsetMinutes > 59) return undefined;
  const wallClock = new Date(0).setUTCFullYear(year, month - 1, day) + ((hour * 60 + minute) * 60 + second) * 1000;
  const offset = (offsetHours * 60 + offsetMinutes) * 60_000;
  return match[7] === '-' ? wallClock + offset : wallClock - offset;
}

function sameOrganization(a: string, b: string): boolean {
  const key = (name: string) => name.trim().normalize('NFC').toLocaleLowerCase('en');
  return key(a) === key(b);
}

// Spelled out rather than Intl-formatted, so it reads the same in every browser and locale.
function formatDay(time: number): string {
  const date = new Date(time);
  return `${date.getUTCDate()} ${months[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}
