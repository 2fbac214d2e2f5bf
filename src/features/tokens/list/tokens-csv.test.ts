import type { VppToken } from '@microsoft/microsoft-graph-types-beta';
import { describe, expect, it } from 'vitest';
import { csvField } from '../../../ui/csv';
import { csvFileName, tokensCsv } from './tokens-csv';
import { toTokenRow } from './token-rows';

const now = Date.parse('2026-03-10T12:00:00Z');

describe('csvField', () => {
  it.each([
    ['plain', 'plain'],
    ['', ''],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=HYPERLINK("http://evil")', `"'=HYPERLINK(""http://evil"")"`],
    ['+1', "'+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['a=b', 'a=b'],
  ])('%j becomes %j', (value, field) => {
    expect(csvField(value)).toBe(field);
  });

  it('writes nothing for a missing value', () => {
    expect(csvField(undefined)).toBe('');
    expect(csvField(null)).toBe('');
  });
});

describe('tokensCsv', () => {
  const token = {
    id: 't1',
    displayName: '=cmd|calc',
    organizationName: 'Contoso, Inc.',
    locationName: 'Main "campus"',
    appleId: 'vpp@contoso.com',
    state: 'valid',
    lastSyncStatus: 'completed',
    expirationDateTime: '2026-09-01T00:00:00Z',
    lastSyncDateTime: '2026-03-10T11:00:00Z',
    vppTokenAccountType: 'education',
    countryOrRegion: 'us',
    automaticallyUpdateApps: false,
    appleDeviceAppDeliveryProtocolType: 'declarativeDeviceManagement',
    // Never part of the list's cache; here to prove the export would not carry it anyway.
    token: 'SECRET-TOKEN-FILE',
  } as VppToken;

  it('writes a header and one line per row, CRLF-terminated, without the token secret', () => {
    const csv = tokensCsv([toTokenRow(token, now)]);
    expect(csv.split('\r\n')).toEqual([
      'Name,Health,Health reasons,State,Expires,Last sync,Last sync status,Apple ID,Organization,Location,Account type,Country or region,Apps,Licenses used,Licenses bought,App delivery,Automatic app updates,ID',
      `'=cmd|calc,Healthy,,Valid,2026-09-01T00:00:00Z,2026-03-10T11:00:00Z,completed,vpp@contoso.com,"Contoso, Inc.","Main ""campus""",Education,US,,,,Declarative (DDM),Off,t1`,
      '',
    ]);
    expect(csv).not.toContain('SECRET');
  });

  it("adds the token's apps and licenses once they have been read", () => {
    const row = { ...toTokenRow(token, now), licenses: { apps: [], used: 340, total: 500, overUsed: [], runningOut: [] } };
    const [, line] = tokensCsv([row]).split('\r\n');
    expect(line).toContain(',US,0,340,500,Declarative (DDM),');
  });

  it('leaves the last sync empty for a token that never synced and explains the health', () => {
    const csv = tokensCsv([toTokenRow({ ...token, lastSyncDateTime: '0001-01-01T00:00:00Z', lastSyncStatus: 'none' }, now)]);
    const line = csv.split('\r\n')[1]!;
    expect(line).toContain(',Warning,Never synced: sync it to bring in its apps and licenses from Apple.,Valid,2026-09-01T00:00:00Z,,,');
  });

  it('writes an app delivery value Graph added after this code as Graph spells it', () => {
    const csv = tokensCsv([toTokenRow({ ...token, appleDeviceAppDeliveryProtocolType: 'unknownFutureValue' } as VppToken, now)]);
    expect(csv.split('\r\n')[1]).toContain(',unknownFutureValue,Off,t1');
  });

  it('is only the header for no rows', () => {
    expect(tokensCsv([]).split('\r\n')).toHaveLength(2);
  });
});

describe('csvFileName', () => {
  it('names the file after the day', () => {
    expect(csvFileName(now)).toBe('vpp-tokens-2026-03-10.csv');
  });
});
