import { describe, expect, it } from 'vitest';
import type { TokenFileProblem as SharedProblem } from '../../../../simulator/token-file.ts';
import { fileWith as tokenFile, TOKEN_FILE_CASES } from '../../../../simulator/token-file-cases.ts';
import { parseTokenFile, type TokenFileProblem } from './token-file';

const now = Date.parse('2026-03-10T12:00:00Z');
const secret = 'eyJleHBEYXRlIjoiMjAyNy0wMS0wNVQxMDowMDowMCswMDAwIiwi-SECRET-VALUE';

const good = tokenFile({ token: secret, expDate: '2027-01-05T10:00:00+0000', orgName: 'Contoso' });

function expectNoSecret(message: string) {
  expect(message).not.toContain(secret);
  expect(message).not.toContain('SECRET');
}

/** What the admin is told for each refusal of the shared table. */
const refusals: Record<SharedProblem, { reason: TokenFileProblem; message: string }> = {
  empty: { reason: 'empty', message: 'This file is empty.' },
  notBase64: { reason: 'notBase64', message: "This isn't an Apple token file: it is not base64 text." },
  notToken: { reason: 'notToken', message: "This isn't an Apple token file: it doesn't hold a VPP token." },
  badExpiry: {
    reason: 'notToken',
    message: 'This token file has no readable expiry date: download a new one from Apple Business Manager.',
  },
  noOrganization: {
    reason: 'notToken',
    message: 'This token file names no organization: download a new one from Apple Business Manager.',
  },
};

describe('parseTokenFile, held to the rule the simulator follows too', () => {
  it.each(TOKEN_FILE_CASES)('$name', ({ content, outcome }) => {
    const result = parseTokenFile(content, { now });
    if ('valid' in outcome) {
      expect(result).toEqual({
        ok: true,
        content: content.trim(),
        expiresAt: outcome.expirationDateTime,
        organizationName: outcome.organizationName,
      });
    } else {
      expect(result).toEqual({ ok: false, ...refusals[outcome.refused] });
    }
  });
});

describe('parseTokenFile', () => {
  it('accepts a good token file and reports its expiry and organization', () => {
    expect(parseTokenFile(good, { now, expectedOrganization: 'Contoso' })).toEqual({
      ok: true,
      content: good,
      expiresAt: '2027-01-05T10:00:00.000Z',
      organizationName: 'Contoso',
    });
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
    const file = tokenFile({ token: secret, expDate: '2026-03-10T12:00:00Z', orgName: 'Contoso' });
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
