import { describe, expect, it } from 'vitest';
import { auditActivities, auditCategories, auditCategory, readAuditBoolean, readAuditList } from '../src/graph/audit-vocabulary.ts';
import { createGraphSimulator, type GraphSimulator } from './graph-simulator.ts';
import { SEED_APP_IDS } from './seed-apps.ts';
import { SEED_IDS } from './seed.ts';
import { call, simulatorWithClock, TOKENS, type Json } from './test-support.ts';
import { encodeTokenFile, formatAppleDate } from './token-file.ts';

const AUDIT = '/graph/beta/deviceManagement/auditEvents';
const DAY = 86_400_000;
const CONTOSO = SEED_IDS.contosoSchools;
const JSON_HEADERS = { 'Content-Type': 'application/json' };

/** An unsigned JWT with these claims, as the demo sign-in sends. */
function bearer(claims: Record<string, unknown>): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `Bearer ${part({ alg: 'none', typ: 'JWT' })}.${part(claims)}.`;
}

const admin = { authorization: bearer({ upn: 'megan@contoso.demo', oid: '0b7c1f4e-2f7a-4d39-9a0e-6f1d2a3b4c5d', appid: '11111111-2222-3333-4444-555555555555', app_displayname: 'VPP Console', scp: 'DeviceManagementApps.ReadWrite.All' }) };

/** Events the simulator recorded since `before` (the seed's are left out). */
function recorded(sim: GraphSimulator, before: number) {
  return sim.auditEvents().slice(before);
}

function changedIn(event: Json): Record<string, [string | null, string | null]> {
  return Object.fromEntries(event.resources[0].modifiedProperties.map((p: Json) => [p.displayName, [p.oldValue, p.newValue]]));
}

describe('an audit event for each write', () => {
  it('a save records who, when, the result, the correlation id and each property old and new', async () => {
    const { sim, clock } = simulatorWithClock();
    const seeded = sim.auditEvents().length;
    const clientRequestId = '6f2a8c1e-3b4d-4e5f-8a9b-0c1d2e3f4a5b';
    const answer = await call(sim, 'PATCH', `${TOKENS}/${CONTOSO}`, {
      headers: { ...admin, 'client-request-id': clientRequestId },
      body: { displayName: 'Contoso renamed', automaticallyUpdateApps: false, roleScopeTagIds: ['0', '7'], vppTokenAccountType: 'business' },
    });
    expect(answer.status).toBe(200);
    const [event] = recorded(sim, seeded);
    expect(event).toMatchObject({
      activityDateTime: new Date(clock.now).toISOString(),
      activityResult: 'Success',
      activityOperationType: 'Patch',
      category: auditCategory,
      correlationId: clientRequestId,
      actor: { userPrincipalName: 'megan@contoso.demo', userId: '0b7c1f4e-2f7a-4d39-9a0e-6f1d2a3b4c5d', applicationId: '11111111-2222-3333-4444-555555555555', applicationDisplayName: 'VPP Console', userPermissions: ['DeviceManagementApps.ReadWrite.All'] },
    });
    expect(event!.resources).toHaveLength(1);
    expect(event!.resources[0]).toMatchObject({ resourceId: CONTOSO, displayName: 'Contoso renamed', auditResourceType: 'VppToken' });
    expect(changedIn(event)).toEqual({
      DisplayName: ['Contoso Schools – Main Campus', 'Contoso renamed'],
      AutomaticallyUpdateApps: ['True', 'False'],
      RoleScopeTagIds: ['["0"]', '["0","7"]'],
      VppTokenAccountType: ['education', 'business'],
    });
    expect(readAuditBoolean('False')).toBe(false);
    expect(readAuditList('["0","7"]')).toEqual(['0', '7']);
  });

  it('a renewal records the new expiry and organization, and that the token changed without its values', async () => {
    const { sim, clock } = simulatorWithClock();
    const seeded = sim.auditEvents().length;
    const secret = 'renewal-secret-that-must-not-be-logged';
    const file = encodeTokenFile({ token: secret, expDate: formatAppleDate(clock.now + 300 * DAY), orgName: 'Contoso ISD' });
    expect((await call(sim, 'PATCH', `${TOKENS}/${CONTOSO}`, { body: { token: file } })).status).toBe(200);
    const [event] = recorded(sim, seeded);
    const changed = changedIn(event);
    expect(changed.Token).toEqual([null, null]);
    expect(changed.OrganizationName).toEqual(['Contoso Independent School District', 'Contoso ISD']);
    expect(Object.keys(changed)).toContain('ExpirationDateTime');
    const everything = JSON.stringify(sim.auditEvents());
    expect(everything).not.toContain(secret);
    expect(everything).not.toContain(file);
    for (const token of sim.state()) expect(everything).not.toContain(token.token);
  });

  it('create, sync, revoke, the apps’ revokes and delete each leave an event naming the token', async () => {
    const { sim, clock } = simulatorWithClock();
    const seeded = sim.auditEvents().length;
    const file = encodeTokenFile({ token: 'bmV3LXNlY3JldA', expDate: formatAppleDate(clock.now + 300 * DAY), orgName: 'Alpine Ski House' });
    const created = await call(sim, 'POST', TOKENS, { body: { displayName: 'Alpine', token: file } });
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    await call(sim, 'POST', `${TOKENS}/${id}/syncLicenses`);
    await call(sim, 'POST', `${TOKENS}/${CONTOSO}/revokeLicenses`, { body: { notifyManagedDevices: true } });
    const app = `/deviceAppManagement/mobileApps/${SEED_APP_IDS.teamsContoso}`;
    await call(sim, 'POST', `${app}/microsoft.graph.iosVppApp/revokeAllLicenses`, { body: { notifyManagedDevices: false } });
    await call(sim, 'POST', `${app}/revokeUserLicense`, { body: { userId: 'nobody', notifyManagedDevices: false } });
    await call(sim, 'DELETE', `${TOKENS}/${id}`);
    const events = recorded(sim, seeded);
    expect(events.map((e) => [e.activityType, e.activityResult])).toEqual([
      [auditActivities.createToken.activityType, 'Success'],
      [auditActivities.syncLicenses.activityType, 'Success'],
      [auditActivities.revokeTokenLicenses.activityType, 'Success'],
      [auditActivities.revokeAllAppLicenses.activityType, 'Success'],
      [auditActivities.revokeUserLicense.activityType, 'Failure'],
      [auditActivities.deleteToken.activityType, 'Success'],
    ]);
    expect(changedIn(events[0])).toMatchObject({ DisplayName: [null, 'Alpine'], Token: [null, null], OrganizationName: [null, 'Alpine Ski House'] });
    expect(events.map((e) => e.resources.map((r) => r.resourceId))).toEqual([[id], [id], [CONTOSO], [SEED_APP_IDS.teamsContoso, CONTOSO], [SEED_APP_IDS.teamsContoso, CONTOSO], [id]]);
    expect(changedIn(events[2])).toEqual({ NotifyManagedDevices: [null, 'True'] });
    expect(events[5]!.resources[0]!.displayName).toBe('Alpine');
    expect(JSON.stringify(events)).not.toContain(file);
  });

  it('refused writes are failures with what they asked for; requests stopped before Intune leave none', async () => {
    const { sim } = simulatorWithClock();
    const seeded = sim.auditEvents().length;
    expect((await call(sim, 'PATCH', `${TOKENS}/${CONTOSO}`, { body: { countryOrRegion: 'xyz' } })).status).toBe(400);
    expect((await call(sim, 'PATCH', `${TOKENS}/00000000-0000-0000-0000-000000000000`, { body: { displayName: 'x' } })).status).toBe(404);
    expect((await call(sim, 'POST', TOKENS, { body: { displayName: 'no file' } })).status).toBe(400);
    const events = recorded(sim, seeded);
    expect(events.map((e) => e.activityResult)).toEqual(['Failure', 'Failure', 'Failure']);
    expect(changedIn(events[0])).toEqual({ CountryOrRegion: ['us', 'xyz'] });
    expect(events[1]!.resources[0]!.resourceId).toBe('00000000-0000-0000-0000-000000000000');
    expect(sim.state().find((t) => t.id === CONTOSO)!.countryOrRegion).toBe('us');

    await call(sim, 'POST', '/graph/_simulator/faults', { body: { method: 'PATCH', path: '/vppTokens/', status: 503 } });
    await call(sim, 'POST', '/graph/_simulator/settings', { body: { writeLimit: { writes: 1, windowMs: 60_000 } } });
    expect((await call(sim, 'PATCH', `${TOKENS}/${CONTOSO}`, { body: { displayName: 'a' } })).status).toBe(503);
    expect((await call(sim, 'PATCH', `${TOKENS}/${CONTOSO}`, { body: { displayName: 'b' } })).status).toBe(200);
    expect((await call(sim, 'PATCH', `${TOKENS}/${CONTOSO}`, { body: { displayName: 'c' } })).status).toBe(429);
    expect(recorded(sim, seeded + 3).map((e) => changedIn(e).DisplayName?.[1])).toEqual(['b']);

    const readOnly = createGraphSimulator({ authorize: async () => ({ ok: true, scopes: ['DeviceManagementApps.Read.All'] }) });
    const before = readOnly.auditEvents().length;
    expect((await call(readOnly, 'PATCH', `${TOKENS}/${CONTOSO}`, { body: { displayName: 'x' } })).status).toBe(403);
    expect(readOnly.auditEvents()).toHaveLength(before);
  });

  it('inside $batch: one event per write, each with its own result, the batch’s actor and client-request-id', async () => {
    const { sim } = simulatorWithClock();
    const seeded = sim.auditEvents().length;
    const clientRequestId = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
    const answer = await call(sim, 'POST', '/graph/beta/$batch', {
      headers: { ...admin, 'client-request-id': clientRequestId },
      body: {
        requests: [
          { id: '1', method: 'PATCH', url: `/deviceAppManagement/vppTokens/${CONTOSO}`, headers: JSON_HEADERS, body: { automaticallyUpdateApps: false } },
          { id: '2', method: 'PATCH', url: `/deviceAppManagement/vppTokens/${SEED_IDS.fabrikamExpiresSoon}`, headers: JSON_HEADERS, body: { countryOrRegion: 'nope' } },
          { id: '3', method: 'POST', url: `/deviceAppManagement/vppTokens/${SEED_IDS.northwindExpiresThisMonth}/syncLicenses` },
          { id: '4', method: 'GET', url: `/deviceAppManagement/vppTokens/${CONTOSO}` },
        ],
      },
    });
    expect(answer.status).toBe(200);
    const events = recorded(sim, seeded);
    expect(events.map((e) => [e.resources[0]!.resourceId, e.activityResult])).toEqual([
      [CONTOSO, 'Success'],
      [SEED_IDS.fabrikamExpiresSoon, 'Failure'],
      [SEED_IDS.northwindExpiresThisMonth, 'Success'],
    ]);
    expect(new Set(events.map((e) => e.correlationId))).toEqual(new Set([clientRequestId]));
    expect(new Set(events.map((e) => e.actor!.userPrincipalName))).toEqual(new Set(['megan@contoso.demo']));
  });

  it('the actor: an app-only token names the app; a token that is no JWT names nobody; correlationId is a new GUID without a usable client-request-id', async () => {
    const { sim } = simulatorWithClock();
    const seeded = sim.auditEvents().length;
    await call(sim, 'POST', `${TOKENS}/${CONTOSO}/syncLicenses`, { headers: { authorization: bearer({ azp: 'aaaaaaaa-0000-4000-8000-000000000001', app_displayname: 'Nightly sync', roles: ['DeviceManagementServiceConfig.ReadWrite.All'] }) } });
    await call(sim, 'POST', `${TOKENS}/${CONTOSO}/syncLicenses`, { headers: { authorization: 'Bearer plain-string', 'client-request-id': 'not-a-guid' } });
    const [app, nobody] = recorded(sim, seeded);
    expect(app!.actor).toMatchObject({ userPrincipalName: null, userId: null, applicationId: 'aaaaaaaa-0000-4000-8000-000000000001', applicationDisplayName: 'Nightly sync', auditActorType: 'Application' });
    expect(nobody!.actor).toMatchObject({ userPrincipalName: null, applicationId: null, applicationDisplayName: null });
    expect(nobody!.correlationId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe('GET deviceManagement/auditEvents', () => {
  async function walk(sim: GraphSimulator, first: string) {
    const events: Json[] = [];
    let url: unknown = first;
    let pages = 0;
    while (typeof url === 'string') {
      const answer = await call(sim, 'GET', url);
      expect(answer.status, JSON.stringify(answer.body)).toBe(200);
      events.push(...answer.body.value);
      url = answer.body['@odata.nextLink'];
      pages++;
    }
    return { events, pages };
  }

  it('seeds a month of history for the seed tokens by several people and an app, and reset reseeds it', async () => {
    const { sim, clock } = simulatorWithClock();
    const { events } = await walk(sim, AUDIT);
    expect(events.length).toBeGreaterThanOrEqual(Object.keys(SEED_IDS).length * 2);
    for (const id of Object.values(SEED_IDS)) expect(events.filter((e) => e.resources[0].resourceId === id).length).toBeGreaterThanOrEqual(1);
    const actors = new Set(events.map((e) => e.actor.userPrincipalName ?? e.actor.applicationDisplayName));
    expect(actors.size).toBeGreaterThanOrEqual(3);
    for (const event of events) {
      const age = clock.now - Date.parse(event.activityDateTime);
      expect(age).toBeGreaterThan(0);
      expect(age).toBeLessThan(30 * DAY);
    }
    await call(sim, 'PATCH', `${TOKENS}/${CONTOSO}`, { body: { displayName: 'x' } });
    expect((await walk(sim, AUDIT)).events).toHaveLength(events.length + 1);
    await call(sim, 'POST', '/graph/_simulator/reset');
    expect((await walk(sim, AUDIT)).events).toEqual(events);
    sim.reset(0);
    expect((await walk(sim, AUDIT)).events).toEqual([]);
  });

  it('the control API adds a busy token’s history, spread over the days asked, and refuses what it cannot add', async () => {
    const { sim, clock } = simulatorWithClock();
    const before = sim.auditEvents().length;
    expect((await call(sim, 'POST', '/graph/_simulator/audit', { body: { tokenId: CONTOSO, count: 200, days: 10 } })).status).toBe(204);
    const added = recorded(sim, before);
    expect(added).toHaveLength(200);
    // Graph lists them like any other event.
    expect((await walk(sim, AUDIT)).events).toHaveLength(before + 200);
    for (const event of added) {
      expect(event.resources[0]?.resourceId).toBe(CONTOSO);
      const age = clock.now - Date.parse(event.activityDateTime);
      expect(age).toBeGreaterThan(0);
      expect(age).toBeLessThanOrEqual(10 * DAY);
    }
    expect((await call(sim, 'POST', '/graph/_simulator/audit', { body: { tokenId: 'nope', count: 1, days: 1 } })).status).toBe(400);
    expect((await call(sim, 'POST', '/graph/_simulator/audit', { body: { tokenId: CONTOSO, count: 0, days: 1 } })).status).toBe(400);
    expect((await call(sim, 'POST', '/graph/_simulator/audit', { body: { tokenId: CONTOSO, count: 1, days: 0 } })).status).toBe(400);
  });

  it('pages with $top and nextLink, oldest first, or newest first with $orderby=activityDateTime desc', async () => {
    const { sim } = simulatorWithClock();
    const all = (await walk(sim, AUDIT)).events;
    const paged = await walk(sim, `${AUDIT}?$top=4`);
    expect(paged.events).toEqual(all);
    expect(paged.pages).toBe(Math.ceil(all.length / 4));
    const times = all.map((e) => Date.parse(e.activityDateTime));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    const newest = await walk(sim, `${AUDIT}?$orderby=activityDateTime desc&$top=5`);
    expect(newest.events.map((e) => e.id)).toEqual([...all].reverse().map((e) => e.id));
    expect((await call(sim, 'GET', `${AUDIT}?$orderby=displayName`)).status).toBe(400);
  });

  it('$filter on activityDateTime and category, joined with and; anything else is a 400', async () => {
    const { sim, clock } = simulatorWithClock();
    const all = (await walk(sim, AUDIT)).events;
    const since = new Date(clock.now - 7 * DAY).toISOString();
    const recent = await walk(sim, `${AUDIT}?$filter=${encodeURIComponent(`activityDateTime ge ${since} and category eq '${auditCategory}'`)}&$top=3`);
    expect(recent.events).toEqual(all.filter((e) => Date.parse(e.activityDateTime) >= clock.now - 7 * DAY));
    expect(recent.events.length).toBeGreaterThan(0);
    const until = new Date(clock.now - 20 * DAY).toISOString().slice(0, 10);
    const old = await walk(sim, `${AUDIT}?$filter=${encodeURIComponent(`(activityDateTime lt ${until})`)}`);
    expect(old.events).toEqual(all.filter((e) => Date.parse(e.activityDateTime) < Date.parse(`${until}T00:00:00Z`)));
    expect((await walk(sim, `${AUDIT}?$filter=${encodeURIComponent("category eq 'Device'")}`)).events).toEqual([]);
    for (const filter of ["componentName eq 'MobileApp'", `activityDateTime gt '${since}'`, 'activityDateTime gt yesterday', `activityDateTime ge ${since} or category eq 'Role'`, "resources/any(r:r/resourceId eq 'x')"]) {
      const answer = await call(sim, 'GET', `${AUDIT}?$filter=${encodeURIComponent(filter)}`);
      expect(answer.status, filter).toBe(400);
    }
    expect((await call(sim, 'GET', `${AUDIT}?$search=vpp`)).status).toBe(400);
  });

  it('an event is listed auditDelayMs after its write, with the time of the write', async () => {
    const { sim, clock } = simulatorWithClock();
    await call(sim, 'POST', '/graph/_simulator/settings', { body: { auditDelayMs: 120_000 } });
    const before = (await walk(sim, AUDIT)).events.length;
    const savedAt = clock.now;
    await call(sim, 'PATCH', `${TOKENS}/${CONTOSO}`, { body: { displayName: 'late' } });
    clock.now += 119_999;
    expect((await walk(sim, AUDIT)).events).toHaveLength(before);
    clock.now += 1;
    const events = (await walk(sim, AUDIT)).events;
    expect(events).toHaveLength(before + 1);
    expect(events.at(-1).activityDateTime).toBe(new Date(savedAt).toISOString());
    const one = await call(sim, 'GET', `${AUDIT}/${events.at(-1).id}`);
    expect(one.status).toBe(200);
    expect(one.body.id).toBe(events.at(-1).id);
  });

  it('getAuditCategories and getAuditActivityTypes', async () => {
    const sim = createGraphSimulator();
    expect((await call(sim, 'GET', `${AUDIT}/getAuditCategories`)).body.value).toEqual([...auditCategories]);
    const types = (await call(sim, 'GET', `${AUDIT}/getAuditActivityTypes(category='${auditCategory}')`)).body.value;
    expect(types).toEqual(expect.arrayContaining([auditActivities.updateToken.activityType, auditActivities.revokeAllAppLicenses.activityType]));
    expect((await call(sim, 'GET', `${AUDIT}/microsoft.graph.getAuditActivityTypes(category='Role')`)).body.value).toEqual([]);
  });

  it('needs DeviceManagementApps.Read.All or ReadWrite.All; the service config permissions do not open it; nothing writes it', async () => {
    const withScopes = (...scopes: string[]) => createGraphSimulator({ authorize: async () => ({ ok: true, scopes }) });
    expect((await call(withScopes('DeviceManagementApps.Read.All'), 'GET', AUDIT)).status).toBe(200);
    expect((await call(withScopes('https://graph.microsoft.com/DeviceManagementApps.ReadWrite.All'), 'GET', AUDIT)).status).toBe(200);
    const refused = await call(withScopes('DeviceManagementServiceConfig.ReadWrite.All'), 'GET', AUDIT);
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toContain('DeviceManagementApps.Read.All');
    expect((await call(createGraphSimulator(), 'POST', AUDIT, { body: {} })).status).toBe(501);
  });
});
