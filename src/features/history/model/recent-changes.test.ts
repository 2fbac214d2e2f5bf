import type { AuditEvent } from '@microsoft/microsoft-graph-types-beta';
import { describe, expect, it } from 'vitest';
import { buildAuditEvent, modifiedProperty, type AuditActor } from '../../../../simulator/audit-events.ts';
import { recentChangesCsv } from './recent-changes-csv';
import { recentChangesSearchOf, recentChangesSearchSchema, recentChangesViewOf } from './recent-changes-search';
import { choicesOf, deletedTokenIds, filterChanges, isTokenGone, recentChanges, withoutSecretValues } from './recent-changes';

const A = '1fa02c17-90ba-4f96-965e-bcfa1b00b328';
const B = '4eb4ae5f-4db6-4e08-bb12-dbc1da2a2d5c';
const at = Date.UTC(2026, 11, 1, 9, 30);
const hour = 3_600_000;
const adele = { userPrincipalName: 'adele.vance@contoso.demo' } as AuditActor;
const bot = { userPrincipalName: null, applicationDisplayName: 'Contoso VPP automation' } as AuditActor;

function event(fields: Partial<Parameters<typeof buildAuditEvent>[0]> & Pick<Parameters<typeof buildAuditEvent>[0], 'activity' | 'resources'>): AuditEvent {
  return buildAuditEvent({ at, succeeded: true, actor: adele, correlationId: crypto.randomUUID(), ...fields }) as AuditEvent;
}

// A bulk change: one event a token, as Intune writes one per write inside $batch.
const bulk = [A, B].map((id, i) =>
  event({ activity: 'updateToken', at: at - i * 1000, resources: [{ displayName: `Token ${i}`, resourceId: id, modifiedProperties: [modifiedProperty('automaticallyUpdateApps', true, false)] }] }),
);
const events: AuditEvent[] = [
  ...bulk,
  event({ activity: 'syncLicenses', at: at - hour, actor: bot, resources: [{ displayName: 'Token 0', resourceId: A, modifiedProperties: [] }] }),
  event({ activity: 'updateToken', at: at - 2 * hour, resources: [{ displayName: 'Token 1', resourceId: B, modifiedProperties: [{ displayName: 'Token', oldValue: 'old-secret', newValue: 'new-secret' }] }] }),
  event({ activity: 'deleteToken', at: at - 3 * hour, resources: [{ displayName: 'Gone', resourceId: 'c0ffee00-0000-4000-8000-000000000000', modifiedProperties: [] }] }),
  event({
    activity: 'revokeAllAppLicenses',
    at: at - 4 * hour,
    resources: [
      { displayName: 'Keynote', resourceId: 'app-1', modifiedProperties: [modifiedProperty('notifyManagedDevices', null, true)] },
      { displayName: 'Token 0', resourceId: A, auditResourceType: 'VppToken', modifiedProperties: [] },
    ],
  }),
  // Not about a token: a device's change in the same window.
  { ...event({ activity: 'updateToken', at: at - 5 * hour, resources: [{ displayName: 'iPad', resourceId: 'dev-1', modifiedProperties: [] }] }), resources: [{ displayName: 'iPad', resourceId: 'dev-1', auditResourceType: 'ManagedDevice', modifiedProperties: [] }] },
];

describe('recent changes across all tokens', () => {
  it('lists every event about a token, token by token and newest first, the app’s revoke under its token', () => {
    const entries = recentChanges([...events].reverse());
    expect(entries.map((e) => [e.tokenName, e.kind, e.who])).toEqual([
      ['Token 0', 'save', 'adele.vance@contoso.demo'],
      ['Token 1', 'save', 'adele.vance@contoso.demo'],
      ['Token 0', 'sync', 'Contoso VPP automation'],
      ['Token 1', 'renew', 'adele.vance@contoso.demo'],
      ['Gone', 'delete', 'adele.vance@contoso.demo'],
      ['Token 0', 'revoke', 'adele.vance@contoso.demo'],
    ]);
    expect(entries[0]).toMatchObject({ tokenId: A, changes: ['Automatically update apps: on to off'], properties: ['automaticallyUpdateApps'] });
    expect(entries[5]).toMatchObject({ what: 'Revoked all licenses of Keynote', properties: ['notifyManagedDevices'] });
  });

  it('finds a known token’s event filed under a resource type this app does not know', () => {
    const [saved] = bulk;
    const odd = { ...saved, resources: saved!.resources!.map((r) => ({ ...r, auditResourceType: 'VppTokenV2', type: 'VppTokenV2' })) };
    expect(recentChanges([odd])).toEqual([]);
    expect(recentChanges([odd], new Set([A.toUpperCase()])).map((e) => e.tokenId)).toEqual([A]);
  });

  it('never holds or shows the token file’s values', () => {
    const cleaned = withoutSecretValues(events);
    expect(JSON.stringify(cleaned)).not.toContain('secret');
    const csv = recentChangesCsv(recentChanges(events));
    expect(csv).not.toContain('secret');
    expect(csv).toContain('Token file: replaced');
  });

  it('filters by who, by kind and by the setting changed, and offers what the window holds', () => {
    const entries = recentChanges(events);
    expect(filterChanges(entries, { who: 'Contoso VPP automation' }).map((e) => e.kind)).toEqual(['sync']);
    expect(filterChanges(entries, { what: 'save' }).map((e) => e.tokenId)).toEqual([A, B]);
    expect(filterChanges(entries, { property: 'token' }).map((e) => e.kind)).toEqual(['renew']);
    expect(filterChanges(entries, { who: 'adele.vance@contoso.demo', what: 'sync' })).toEqual([]);
    expect(filterChanges(entries, {})).toHaveLength(entries.length);
    expect(choicesOf(entries, (e) => [e.who])).toEqual(['adele.vance@contoso.demo', 'Contoso VPP automation']);
  });

  it('says a token is deleted when the log or the whole list says so, and links while the list is loading', () => {
    const deleted = deletedTokenIds(recentChanges(events));
    expect(isTokenGone('C0FFEE00-0000-4000-8000-000000000000', deleted, undefined)).toBe(true);
    expect(isTokenGone(A, deleted, undefined)).toBe(false);
    expect(isTokenGone(A, deleted, new Set([B]))).toBe(true);
    expect(isTokenGone(A, deleted, new Set([A]))).toBe(false);
    expect(isTokenGone('', deleted, undefined)).toBe(true);
  });
});

describe('the recent changes CSV', () => {
  it('has one row per change shown, in order, spreadsheet-safe', () => {
    const [first, second] = recentChanges(events);
    const entries = [first!, { ...second!, tokenName: '=HYPERLINK("x")' }];
    const lines = recentChangesCsv(entries).split('\r\n');
    expect(lines[0]).toBe('When (UTC),Who,Token,Token ID,What,Changes,Result');
    expect(lines[1]).toBe(`${new Date(at).toISOString()},adele.vance@contoso.demo,Token 0,${A},Changed settings,Automatically update apps: on to off,Succeeded`);
    expect(lines[2]).toContain(`"'=HYPERLINK(""x"")"`);
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe('');
  });
});

describe('the recent changes address', () => {
  it('reads each parameter on its own, dropping what is wrong, and writes the default as nothing', () => {
    expect(recentChangesSearchSchema.parse({ days: '30', who: 'lee.gu@contoso.demo', what: 'save' })).toEqual({ days: '30', who: 'lee.gu@contoso.demo', what: 'save', property: undefined });
    expect(recentChangesSearchSchema.parse({ days: '9', what: 'explode', property: '' })).toEqual({ days: undefined, who: undefined, what: undefined, property: undefined });
    expect(recentChangesViewOf({})).toEqual({ days: 7, who: undefined, what: undefined, property: undefined });
    expect(recentChangesSearchOf({ days: 7, property: 'displayName' })).toEqual({ days: undefined, who: undefined, what: undefined, property: 'displayName' });
  });
});
