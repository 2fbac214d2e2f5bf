import type { AuditEvent } from '@microsoft/microsoft-graph-types-beta';
import { describe, expect, it } from 'vitest';
import { buildAuditEvent, modifiedProperty, type AuditActor } from '../../../../simulator/audit-events.ts';
import { describeActor, describeChange, olderWindowStart, tokenHistory, windowFilter, withinWindow, historyDay } from './token-history';

const TOKEN = '1fa02c17-90ba-4f96-965e-bcfa1b00b328';
const OTHER = '4eb4ae5f-4db6-4e08-bb12-dbc1da2a2d5c';
const at = Date.UTC(2026, 11, 1, 9, 30);

const person = { userPrincipalName: 'admin@contoso.demo', applicationDisplayName: 'VPP Console' } as AuditActor;
const app = { userPrincipalName: null, applicationDisplayName: 'Nightly sync', applicationId: 'a-b' } as AuditActor;

function event(fields: Partial<Parameters<typeof buildAuditEvent>[0]> & Pick<Parameters<typeof buildAuditEvent>[0], 'activity' | 'resources'>): AuditEvent {
  return buildAuditEvent({ at, succeeded: true, actor: person, correlationId: crypto.randomUUID(), ...fields }) as AuditEvent;
}

describe('a change in the admin’s words', () => {
  it('booleans as on and off, enums, countries, scope tags added and removed, dates, empty values', () => {
    expect(describeChange(modifiedProperty('automaticallyUpdateApps', false, true))).toBe('Automatically update apps: off to on');
    expect(describeChange(modifiedProperty('vppTokenAccountType', 'education', 'business'))).toBe('Account type: Education to Business');
    expect(describeChange(modifiedProperty('countryOrRegion', 'us', 'gb'))).toBe('Country or region: United States to United Kingdom');
    expect(describeChange(modifiedProperty('roleScopeTagIds', ['0', '1'], ['0', '7']))).toBe('Scope tags: added 7; removed 1');
    expect(describeChange(modifiedProperty('displayName', null, 'Alpine'))).toBe('Display name: Alpine');
    expect(describeChange(modifiedProperty('appleId', 'a@b.c', null))).toBe('Apple ID: a@b.c to none');
    expect(describeChange(modifiedProperty('expirationDateTime', '2026-01-01T00:00:00Z', '2027-01-05T10:00:00Z'))).toBe('Expires: Jan 1, 2026, 12:00 AM UTC to Jan 5, 2027, 10:00 AM UTC');
  });

  it('reads the property name in any case and shows an unknown property or an unreadable value as written', () => {
    expect(describeChange({ displayName: 'automaticallyupdateapps', oldValue: 'false', newValue: 'TRUE' })).toBe('Automatically update apps: off to on');
    expect(describeChange({ displayName: 'AutomaticallyUpdateApps', oldValue: '0', newValue: '1' })).toBe('Automatically update apps: 0 to 1');
    expect(describeChange({ displayName: 'SomethingNew', oldValue: 'a', newValue: 'b' })).toBe('SomethingNew: a to b');
  });

  it('never shows the token file’s values, whatever the event holds', () => {
    for (const name of ['Token', 'token', 'TOKEN']) {
      expect(describeChange({ displayName: name, oldValue: 'old-secret', newValue: 'new-secret' })).toBe('Token file: replaced');
    }
  });
});

describe('a token’s history', () => {
  it('keeps the events naming the token among their resources, newest first, with who, what and the result', () => {
    const events = [
      event({ activity: 'updateToken', at: at - 3 * historyDay, resources: [{ displayName: 'C', resourceId: TOKEN, modifiedProperties: [modifiedProperty('automaticallyUpdateApps', false, true)] }] }),
      event({ activity: 'updateToken', at: at - 2 * historyDay, resources: [{ displayName: 'F', resourceId: OTHER, modifiedProperties: [] }] }),
      event({ activity: 'syncLicenses', at: at - historyDay, actor: app, succeeded: false, resources: [{ displayName: 'C', resourceId: TOKEN.toUpperCase(), modifiedProperties: [] }] }),
      event({ activity: 'updateToken', at, resources: [{ displayName: 'C', resourceId: TOKEN, modifiedProperties: [modifiedProperty('token', 'x', 'y'), modifiedProperty('state', 'expired', 'valid')] }] }),
      event({
        activity: 'revokeAllAppLicenses',
        at: at - 4 * historyDay,
        resources: [
          { displayName: 'Keynote', resourceId: 'app-1', modifiedProperties: [modifiedProperty('notifyManagedDevices', null, true)] },
          { displayName: 'C', resourceId: TOKEN, modifiedProperties: [] },
        ],
      }),
    ];
    const history = tokenHistory(events, TOKEN);
    expect(history.map(({ who, what, changes, succeeded, result }) => ({ who, what, changes, succeeded, result }))).toEqual([
      { who: 'admin@contoso.demo', what: 'Renewed the token', changes: ['Token file: replaced', 'State: Expired to Valid'], succeeded: true, result: 'Succeeded' },
      { who: 'Nightly sync', what: 'Synced licenses', changes: [], succeeded: false, result: 'Failed' },
      { who: 'admin@contoso.demo', what: 'Changed settings', changes: ['Automatically update apps: off to on'], succeeded: true, result: 'Succeeded' },
      { who: 'admin@contoso.demo', what: 'Revoked all licenses of Keynote', changes: ['Notify devices: on'], succeeded: true, result: 'Succeeded' },
    ]);
    expect(JSON.stringify(history)).not.toMatch(/secret|"x"|"y"/);
  });

  it('carries what Revert weighs: the kind of write and the log’s values, never the token file’s', () => {
    const events = [
      event({ activity: 'updateToken', at, resources: [{ displayName: 'C', resourceId: TOKEN, modifiedProperties: [modifiedProperty('displayName', 'Before', 'After')] }] }),
      event({ activity: 'updateToken', at: at - 1, resources: [{ displayName: 'C', resourceId: TOKEN, modifiedProperties: [modifiedProperty('token', 'old-secret', 'new-secret')] }] }),
      event({ activity: 'deleteToken', at: at - 2, resources: [{ displayName: 'C', resourceId: TOKEN, modifiedProperties: [] }] }),
      event({ activity: 'syncLicenses', at: at - 3, succeeded: false, resources: [{ displayName: 'C', resourceId: TOKEN, modifiedProperties: [] }] }),
    ];
    expect(tokenHistory(events, TOKEN).map((entry) => entry.change)).toEqual([
      { kind: 'settings', succeeded: true, typed: false, properties: [{ property: 'DisplayName', old: 'Before', new: 'After' }] },
      { kind: 'renewal', succeeded: true, typed: false, properties: [{ property: 'token', old: null, new: null }] },
      { kind: 'delete', succeeded: true, typed: false, properties: [] },
      { kind: 'sync', succeeded: false, typed: false, properties: [] },
    ]);
    expect(JSON.stringify(tokenHistory(events, TOKEN))).not.toContain('secret');
  });

  it('shows an activity it does not know in the log’s own words rather than hiding it', () => {
    const unknown = { ...event({ activity: 'updateToken', resources: [{ displayName: 'C', resourceId: TOKEN, modifiedProperties: [] }] }), activityType: 'Frobnicate VppToken', activity: 'Frobnicate VppToken', activityResult: 'Partial' };
    expect(tokenHistory([unknown], TOKEN)).toMatchObject([{ what: 'Frobnicate VppToken', succeeded: undefined, result: 'Partial' }]);
  });

  it('names whoever the log names', () => {
    expect(describeActor({ userPrincipalName: null, applicationDisplayName: null, applicationId: 'abc' })).toBe('abc');
    expect(describeActor(null)).toBe('Someone the log does not name');
  });
});

describe('reading the log a window at a time', () => {
  it('filters on activityDateTime and steps back a week at a time, no further than Intune keeps', () => {
    const now = Date.UTC(2026, 11, 2);
    expect(windowFilter(now - 7 * historyDay)).toBe('activityDateTime ge 2026-11-25T00:00:00.000Z');
    expect(windowFilter(now - 14 * historyDay, now - 7 * historyDay)).toBe('activityDateTime ge 2026-11-18T00:00:00.000Z and activityDateTime lt 2026-11-25T00:00:00.000Z');
    expect(olderWindowStart(now - 7 * historyDay, now)).toBe(now - 14 * historyDay);
    expect(olderWindowStart(now - 362 * historyDay, now)).toBe(now - 365 * historyDay);
    expect(olderWindowStart(now - 365 * historyDay, now)).toBeUndefined();
  });

  it('keeps only the window’s events when Graph did not filter', () => {
    const events = [at - 10 * historyDay, at - 5 * historyDay, at].map((time) => event({ activity: 'syncLicenses', at: time, resources: [] }));
    expect(withinWindow(events, at - 7 * historyDay, at).map((e) => e.activityDateTime)).toEqual([new Date(at - 5 * historyDay).toISOString()]);
  });
});
