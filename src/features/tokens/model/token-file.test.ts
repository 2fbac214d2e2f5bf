import { describe, expect, it } from 'vitest';
import { parseTokenFile } from './token-file';

const now = Date.parse('2026-03-10T12:00:00Z');
const secret = 'eyJleHBEYXRlIjoiMjAyNy0wMS0wNVQxMDowMDowMCswMDAwIiwi-SECRET-VALUE';

/** Base64 of UTF-8 text, as Apple's files hold it. */
function base64(text: string): string {
  return bytesToBase64(new TextEncoder().encode(text));
}

function bytesToBase64(bytes: Iterable<number>): string {
  return btoa(String.fromCharCode(...bytes));
}

function tokenFile(fields: Record<string, unknown>): string {
  return base64(JSON.stringify(fields));
}

const good = tokenFile({ token: secret, expDate: '2027-01-05T10:00:00+0000', orgName: 'Contoso' });

function expectNoSecret(message: string) {
  expect(message).not.toContain(secret);
  expect(message).not.toContain('SECRET');
}

describe('parseTokenFile', () => {
  it('accepts a good token file and reports its expiry and organization', () => {
    expect(parseTokenFile(good, { now, expectedOrganization: 'Contoso' })).toEqual({
      ok: true,
      content: good,
      expiresAt: '2027-01-05T10:00:00.000Z',
      organizationName: 'Contoso',
    });
  });

  it('keeps the whole trimmed file text as the content to send', () => {
    const result = parseTokenFile(`\n  ${good}  \r\n`, { now });
    expect(result).toMatchObject({ ok: true, content: good });
  });

  it('accepts base64 broken over several lines', () => {
    const wrapped = good.match(/.{1,20}/g)?.join('\r\n') ?? '';
    expect(parseTokenFile(wrapped, { now })).toMatchObject({ ok: true, content: wrapped, organizationName: 'Contoso' });
  });

  it('accepts base64 without padding', () => {
    const unpadded = good.replace(/=+$/, '');
    expect(parseTokenFile(unpadded, { now })).toMatchObject({ ok: true });
  });

  it.each([
    ['2027-01-05T10:00:00+0000', '2027-01-05T10:00:00.000Z'],
    ['2027-01-05T10:00:00-0700', '2027-01-05T17:00:00.000Z'],
    ['2027-01-05T10:00:00+01:00', '2027-01-05T09:00:00.000Z'],
    ['2027-01-05T10:00:00Z', '2027-01-05T10:00:00.000Z'],
  ])('reads the expiry date %s', (expDate, iso) => {
    const file = tokenFile({ token: secret, expDate, orgName: 'Contoso' });
    expect(parseTokenFile(file, { now })).toMatchObject({ ok: true, expiresAt: iso });
  });

  it('rejects an empty file', () => {
    expect(parseTokenFile('', { now })).toEqual({ ok: false, reason: 'empty', message: 'This file is empty.' });
  });

  it('rejects a file of only whitespace as empty', () => {
    expect(parseTokenFile(' \n\t\r\n ', { now })).toMatchObject({ ok: false, reason: 'empty' });
  });

  it('rejects text that is not base64', () => {
    expect(parseTokenFile('{"token":"abc"}', { now })).toEqual({
      ok: false,
      reason: 'notBase64',
      message: "This isn't an Apple token file: it is not base64 text.",
    });
    expect(parseTokenFile('hello', { now })).toMatchObject({ reason: 'notBase64' });
  });

  it('rejects base64 of something that is not JSON', () => {
    expect(parseTokenFile(base64('just some notes'), { now })).toMatchObject({ ok: false, reason: 'notToken' });
    expect(parseTokenFile(bytesToBase64([0xff, 0xfe, 0x00, 0x81]), { now })).toMatchObject({ reason: 'notToken' });
  });

  it('rejects JSON without a token', () => {
    expect(parseTokenFile(tokenFile({ expDate: '2027-01-05T10:00:00+0000', orgName: 'Contoso' }), { now })).toMatchObject({
      ok: false,
      reason: 'notToken',
    });
    expect(parseTokenFile(base64('["token"]'), { now })).toMatchObject({ reason: 'notToken' });
    expect(parseTokenFile(tokenFile({ token: ' ', expDate: '2027-01-05T10:00:00+0000' }), { now })).toMatchObject({ reason: 'notToken' });
  });

  it('rejects a download cut off part-way', () => {
    for (const cut of [good.slice(0, -8), good.slice(0, -9), good.slice(0, good.length / 2)]) {
      expect(parseTokenFile(cut, { now })).toMatchObject({ ok: false, reason: expect.stringMatching(/^(notBase64|notToken)$/) });
    }
  });

  it('rejects a file whose token is not text', () => {
    expect(parseTokenFile(tokenFile({ token: 42, expDate: '2027-01-05T10:00:00+0000', orgName: 'Contoso' }), { now })).toMatchObject({
      reason: 'notToken',
    });
  });

  it('rejects a token that names no organization, since Intune would refuse it', () => {
    for (const orgName of [undefined, '', '  ', 7]) {
      const result = parseTokenFile(tokenFile({ token: secret, expDate: '2027-01-05T10:00:00+0000', orgName }), { now });
      expect(result).toEqual({
        ok: false,
        reason: 'notToken',
        message: 'This token file names no organization: download a new one from Apple Business Manager.',
      });
    }
  });

  it('rejects a token without a readable expiry date, without quoting the secret', () => {
    const result = parseTokenFile(tokenFile({ token: secret, expDate: 'soon', orgName: 'Contoso' }), { now });
    expect(result).toMatchObject({ ok: false, reason: 'notToken' });
    if (!result.ok) expectNoSecret(result.message);
  });

  it('rejects an expired token, naming the day it expired', () => {
    const file = tokenFile({ token: secret, expDate: '2026-01-05T10:00:00+0000', orgName: 'Contoso' });
    const result = parseTokenFile(file, { now, expectedOrganization: 'Contoso' });
    expect(result).toEqual({
      ok: false,
      reason: 'expired',
      message: 'This token expired on 5 Jan 2026: download a new one from Apple Business Manager.',
    });
  });

  it('rejects a token that expires at this very moment', () => {
    const file = tokenFile({ token: secret, expDate: new Date(now).toISOString(), orgName: 'Contoso' });
    expect(parseTokenFile(file, { now })).toMatchObject({ ok: false, reason: 'expired' });
  });

  it("rejects another organization's token, naming both", () => {
    const file = tokenFile({ token: secret, expDate: '2027-01-05T10:00:00+0000', orgName: 'Fabrikam' });
    const result = parseTokenFile(file, { now, expectedOrganization: 'Contoso' });
    expect(result).toMatchObject({ ok: false, reason: 'otherOrganization' });
    if (!result.ok) {
      expect(result.message).toMatch(/^This token belongs to Fabrikam, not Contoso: /);
      expectNoSecret(result.message);
    }
  });

  it('compares organizations ignoring case and surrounding spaces', () => {
    const file = tokenFile({ token: secret, expDate: '2027-01-05T10:00:00+0000', orgName: ' CONTOSO Ltd ' });
    expect(parseTokenFile(file, { now, expectedOrganization: 'contoso ltd' })).toMatchObject({ ok: true, organizationName: 'CONTOSO Ltd' });
  });

  it('skips the organization check when none is expected', () => {
    expect(parseTokenFile(good, { now, expectedOrganization: null })).toMatchObject({ ok: true });
    expect(parseTokenFile(good, { now, expectedOrganization: ' ' })).toMatchObject({ ok: true });
  });

  it('reads an organization name written in Japanese', () => {
    const file = tokenFile({ token: secret, expDate: '2027-01-05T10:00:00+0000', orgName: '東京学園' });
    expect(parseTokenFile(file, { now, expectedOrganization: '東京学園' })).toMatchObject({ ok: true, organizationName: '東京学園' });
    const other = parseTokenFile(file, { now, expectedOrganization: 'Contoso' });
    expect(other).toMatchObject({ ok: false, reason: 'otherOrganization' });
    if (!other.ok) expect(other.message).toContain('東京学園');
  });

  it('never puts the token in any message', () => {
    const files = [
      tokenFile({ token: secret, expDate: '2020-01-05T10:00:00+0000', orgName: 'Contoso' }),
      tokenFile({ token: secret, expDate: '2027-01-05T10:00:00+0000', orgName: 'Fabrikam' }),
      tokenFile({ token: secret, expDate: 'never', orgName: 'Contoso' }),
      secret,
    ];
    for (const file of files) {
      const result = parseTokenFile(file, { now, expectedOrganization: 'Contoso' });
      expect(result.ok).toBe(false);
      if (!result.ok) expectNoSecret(result.message);
    }
  });
});
