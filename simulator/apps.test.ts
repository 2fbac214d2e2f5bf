import { describe, expect, it } from 'vitest';
import { createGraphSimulator, type GraphSimulator } from './graph-simulator.ts';
import { SEED_APP_IDS } from './seed-apps.ts';
import { SEED_IDS } from './seed.ts';
import { call, simulatorWithClock, TOKENS, type Json } from './test-support.ts';

const APPS = '/deviceAppManagement/mobileApps';
const V1_APPS = '/graph/v1.0/deviceAppManagement/mobileApps';
const IOS = 'microsoft.graph.iosVppApp';
const MAC = 'microsoft.graph.macOsVppApp';
const VPP_FILTER = `isof('${IOS}') or isof('${MAC}')`;
const TEAMS = 'com.microsoft.skype.teams';

/** Every item of a collection, following nextLinks. */
async function readAll(sim: GraphSimulator, first: string): Promise<Json[]> {
  const items: Json[] = [];
  let url: string | undefined = first;
  while (url) {
    const page = await call(sim, 'GET', url);
    expect(page.status, url).toBe(200);
    items.push(...page.body.value);
    url = page.body['@odata.nextLink'];
  }
  return items;
}

const isVpp = (app: Json) => app['@odata.type'] === `#${IOS}` || app['@odata.type'] === `#${MAC}`;

describe('mobileApps list', () => {
  it('holds the seed VPP apps among apps of other types, 25 a page, each once through the nextLinks', async () => {
    const sim = createGraphSimulator();
    const first = await call(sim, 'GET', APPS);
    expect(first.body.value).toHaveLength(25);
    expect(first.body['@odata.nextLink']).toMatch(/^http:\/\/localhost:5173\/graph\/beta\/deviceAppManagement\/mobileApps\?\$skiptoken=/);
    const apps = await readAll(sim, APPS);
    expect(apps.map((app) => app.id)).toEqual(Object.values(SEED_APP_IDS));
    expect(apps.some((app) => !isVpp(app))).toBe(true);
    expect(apps.filter((app) => app.displayName === 'Microsoft Teams').map((app) => app['@odata.type'])).toContain('#microsoft.graph.androidManagedStoreApp');
  });

  it.each([
    [VPP_FILTER, [IOS, MAC]],
    [`isof('${IOS}')`, [IOS]],
    [`isof('${MAC}')`, [MAC]],
    [`(isof('${IOS}') or isof('${MAC}'))`, [IOS, MAC]],
  ])('$filter=%s keeps only those types, and its nextLinks keep the filter', async (filter, types) => {
    const sim = createGraphSimulator();
    const everything = await readAll(sim, APPS);
    const filtered = await readAll(sim, `${APPS}?$filter=${encodeURIComponent(filter)}&$top=4`);
    const expected = everything.filter((app) => types.some((type) => app['@odata.type'] === `#${type}`));
    expect(filtered.map((app) => app.id)).toEqual(expected.map((app) => app.id));
    expect(filtered.length).toBeGreaterThan(0);
  });

  it('refuses any other $filter with 400, and $filter itself when refusedQueryOptions names it', async () => {
    const sim = createGraphSimulator();
    for (const filter of [`isof('microsoft.graph.webApp')`, `displayName eq 'Slack'`, `isof('${IOS}') and isof('${MAC}')`, `microsoft.graph.iosVppApp/vppTokenId eq '${SEED_IDS.contosoSchools}'`]) {
      expect((await call(sim, 'GET', `${APPS}?$filter=${encodeURIComponent(filter)}`)).status, filter).toBe(400);
    }
    await call(sim, 'POST', '/graph/_simulator/settings', { body: { refusedQueryOptions: ['$filter'] } });
    const refused = await call(sim, 'GET', `${APPS}?$filter=${encodeURIComponent(VPP_FILTER)}`);
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toContain("'$filter'");
    // The fallback a client needs: every page, VPP apps kept on its side.
    expect((await readAll(sim, `${APPS}?$top=999`)).filter(isVpp)).toHaveLength(26);
  });

  it('caps pages below $top with pageSizeCap and can lead with an empty page, as for tokens', async () => {
    const sim = createGraphSimulator();
    await call(sim, 'POST', '/graph/_simulator/settings', { body: { pageSizeCap: 7, emptyFirstPage: true } });
    const first = await call(sim, 'GET', `${APPS}?$filter=${encodeURIComponent(VPP_FILTER)}&$top=100`);
    expect(first.body.value).toEqual([]);
    expect(first.body['@odata.nextLink']).toContain('$filter=');
    const second = await call(sim, 'GET', first.body['@odata.nextLink']);
    expect(second.body.value).toHaveLength(7);
    expect((await readAll(sim, first.body['@odata.nextLink'])).filter(isVpp)).toHaveLength(26);
  });

  it('$select takes mobileApp properties bare and a VPP type property cast, and refuses it bare', async () => {
    const sim = createGraphSimulator();
    const select = `displayName,${IOS}/bundleId,${IOS}/vppTokenId,${MAC}/bundleId`;
    const page = await call(sim, 'GET', `${APPS}?$select=${select}&$top=3`);
    expect(page.status).toBe(200);
    expect(page.body['@odata.context']).toBe(`http://localhost:5173/graph/beta/$metadata#deviceAppManagement/mobileApps(id,${select})`);
    const [web, teams] = page.body.value;
    expect(Object.keys(web).sort()).toEqual(['@odata.type', 'displayName', 'id']);
    expect(teams).toEqual({ '@odata.type': `#${IOS}`, id: SEED_APP_IDS.teamsContoso, displayName: 'Microsoft Teams', bundleId: TEAMS, vppTokenId: SEED_IDS.contosoSchools });
    expect(page.body['@odata.nextLink']).toContain(`$select=id,${select}`);
    const bare = await call(sim, 'GET', `${APPS}?$select=bundleId`);
    expect(bare.status).toBe(400);
    expect(bare.body.error.message).toContain("'bundleId' on type 'microsoft.graph.mobileApp'");
  });

  it('v1.0 shows no macOsVppApp (v1.0 has no such type) and iOS apps without vppTokenId', async () => {
    const sim = createGraphSimulator();
    const apps = await readAll(sim, `${V1_APPS}?$top=999`);
    expect(apps.some((app) => app['@odata.type'] === `#${MAC}`)).toBe(false);
    const teams = apps.find((app) => app.id === SEED_APP_IDS.teamsContoso);
    expect(teams).not.toHaveProperty('vppTokenId');
    expect(teams.vppTokenOrganizationName).toBe('Contoso Independent School District');
    expect(teams.licensingType).toEqual({ supportsUserLicensing: true, supportsDeviceLicensing: true });
    expect((await call(sim, 'GET', `${V1_APPS}?$filter=${encodeURIComponent(`isof('${MAC}')`)}`)).status).toBe(400);
    expect((await call(sim, 'GET', `${V1_APPS}/${SEED_APP_IDS.finalCutProContoso}`)).status).toBe(404);
  });
});

describe('one app', () => {
  it('answers the app with its derived @odata.context, by id and behind its own cast', async () => {
    const sim = createGraphSimulator();
    const id = SEED_APP_IDS.finalCutProContoso;
    const app = await call(sim, 'GET', `${APPS}/${id}`);
    expect(app.body['@odata.context']).toBe(`http://localhost:5173/graph/beta/$metadata#deviceAppManagement/mobileApps/${MAC}/$entity`);
    expect(app.body).toMatchObject({ '@odata.type': `#${MAC}`, bundleId: 'com.apple.FinalCut', totalLicenseCount: 30, usedLicenseCount: 12, vppTokenId: SEED_IDS.contosoSchools });
    expect((await call(sim, 'GET', `${APPS}('${id}')/${MAC}`)).body.id).toBe(id);
    expect((await call(sim, 'GET', `${APPS}/${id}/${IOS}`)).status).toBe(404);
    expect((await call(sim, 'GET', `${APPS}/00000000-0000-0000-0000-000000000000`)).status).toBe(404);
  });

  it("takes the token's name, Apple ID and organization as the token has them now", async () => {
    const sim = createGraphSimulator();
    await call(sim, 'PATCH', `${TOKENS}/${SEED_IDS.fabrikamExpiresSoon}`, { body: { displayName: 'Fabrikam renamed', appleId: 'new@fabrikam.co.uk' } });
    const app = await call(sim, 'GET', `${APPS}/${SEED_APP_IDS.slackFabrikamOverUsed}`);
    expect(app.body).toMatchObject({ vppTokenDisplayName: 'Fabrikam renamed', vppTokenAppleId: 'new@fabrikam.co.uk', vppTokenOrganizationName: 'Fabrikam Retail Ltd', vppTokenAccountType: 'business' });
  });

  it('answers 501 for adding, changing or deleting apps, which the simulator does not do', async () => {
    const sim = createGraphSimulator();
    expect((await call(sim, 'POST', APPS, { body: {} })).status).toBe(501);
    expect((await call(sim, 'PATCH', `${APPS}/${SEED_APP_IDS.teamsContoso}`, { body: {} })).status).toBe(501);
    expect((await call(sim, 'DELETE', `${APPS}/${SEED_APP_IDS.teamsContoso}`)).status).toBe(501);
  });
});

describe('seed licenses', () => {
  const used = async (sim: GraphSimulator, id: string) => (await call(sim, 'GET', `${APPS}/${id}`)).body;

  it('has an exhausted app, an unused one, an over-used one and one app on four tokens', async () => {
    const sim = createGraphSimulator();
    expect(await used(sim, SEED_APP_IDS.keynoteContosoExhausted)).toMatchObject({ usedLicenseCount: 200, totalLicenseCount: 200 });
    expect(await used(sim, SEED_APP_IDS.garageBandContosoUnused)).toMatchObject({ usedLicenseCount: 0, totalLicenseCount: 150, isAssigned: false });
    expect(await used(sim, SEED_APP_IDS.slackFabrikamOverUsed)).toMatchObject({ usedLicenseCount: 131, totalLicenseCount: 120 });
    const teams = (await readAll(sim, `${APPS}?$top=999`)).filter((app) => app.bundleId === TEAMS);
    expect(new Set(teams.map((app) => app.vppTokenId))).toEqual(
      new Set([SEED_IDS.contosoSchools, SEED_IDS.fabrikamExpiresSoon, SEED_IDS.northwindExpiresThisMonth, SEED_IDS.contosoPharmaLongName]),
    );
  });

  it.each([
    ['teamsContoso', IOS],
    ['slackFabrikamOverUsed', IOS],
    ['keynoteContosoExhausted', IOS],
    ['finalCutProContoso', MAC],
    ['garageBandContosoUnused', IOS],
  ] as const)('%s: usedLicenseCount is the number of its assignedLicenses, each of a declared license type', async (key, type) => {
    const sim = createGraphSimulator();
    const id = SEED_APP_IDS[key];
    const licenses = await readAll(sim, `${APPS}/${id}/${type}/assignedLicenses`);
    expect(licenses).toHaveLength((await used(sim, id)).usedLicenseCount);
    expect(new Set(licenses.map((license) => license.id)).size).toBe(licenses.length);
    const kinds = new Set(licenses.map((license) => license['@odata.type']));
    const allowed = type === MAC ? ['#microsoft.graph.macOsVppAppAssignedLicense'] : ['#microsoft.graph.iosVppAppAssignedUserLicense', '#microsoft.graph.iosVppAppAssignedDeviceLicense'];
    for (const kind of kinds) expect(allowed).toContain(kind);
  });

  it('serves assignedLicenses only behind the cast and in beta (v1.0 declares none)', async () => {
    const sim = createGraphSimulator();
    const id = SEED_APP_IDS.teamsContoso;
    expect((await call(sim, 'GET', `${APPS}/${id}/assignedLicenses`)).status).toBe(400);
    expect((await call(sim, 'GET', `${V1_APPS}/${id}/${IOS}/assignedLicenses`)).status).toBe(400);
    const page = await call(sim, 'GET', `${APPS}/${id}/${IOS}/assignedLicenses?$top=2`);
    expect(page.body['@odata.context']).toBe(`http://localhost:5173/graph/beta/$metadata#deviceAppManagement/mobileApps('${id}')/${IOS}/assignedLicenses`);
    expect(page.body['@odata.nextLink']).toMatch(new RegExp(`/mobileApps/${id}/microsoft.graph.iosVppApp/assignedLicenses\\?\\$top=2&\\$skiptoken=`));
  });
});

describe('getLicensesForApp', () => {
  it("sums one app's licenses per token that holds it", async () => {
    const sim = createGraphSimulator();
    const answer = await call(sim, 'GET', `${TOKENS}/getLicensesForApp(bundleId='${TEAMS}')`);
    expect(answer.status).toBe(200);
    expect(answer.body['@odata.context']).toBe('http://localhost:5173/graph/beta/$metadata#Collection(microsoft.graph.vppTokenLicenseSummary)');
    expect(answer.body.value).toHaveLength(4);
    expect(answer.body.value[0]).toEqual({
      vppTokenId: SEED_IDS.contosoSchools,
      appleId: 'vpp-admin@contoso.edu',
      organizationName: 'Contoso Independent School District',
      availableLicenseCount: 188,
      usedLicenseCount: 312,
    });
  });

  it('answers no summaries for a bundle id no app has, or none given, and reads doubled quotes', async () => {
    const sim = createGraphSimulator();
    expect((await call(sim, 'GET', `${TOKENS}/getLicensesForApp(bundleId='com.example.none')`)).body.value).toEqual([]);
    expect((await call(sim, 'GET', `${TOKENS}/getLicensesForApp()`)).body.value).toEqual([]);
    expect((await call(sim, 'GET', `${TOKENS}/getLicensesForApp(bundleId=null)`)).body.value).toEqual([]);
    expect((await call(sim, 'GET', `${TOKENS}/getLicensesForApp(bundleId='it''s')`)).status).toBe(200);
    expect((await call(sim, 'GET', `${TOKENS}/getLicensesForApp(appId='x')`)).status).toBe(400);
  });

  it('never reports fewer than 0 available for an over-used app', async () => {
    const sim = createGraphSimulator();
    const [summary] = (await call(sim, 'GET', `${TOKENS}/getLicensesForApp(bundleId='com.tinyspeck.chatlyio')`)).body.value;
    expect(summary).toMatchObject({ vppTokenId: SEED_IDS.fabrikamExpiresSoon, usedLicenseCount: 131, availableLicenseCount: 0 });
  });
});

describe('revokes', () => {
  const app = async (sim: GraphSimulator, id: string) => (await call(sim, 'GET', `${APPS}/${id}`)).body;

  it.each([
    ['with the cast', `/${IOS}/revokeAllLicenses`],
    ['without it, as the doc page writes it', '/revokeAllLicenses'],
    ['namespace-qualified', '/microsoft.graph.revokeAllLicenses'],
  ])('revokeAllLicenses %s answers 204 and frees every license after revokeDelayMs', async (_label, path) => {
    const { sim, clock } = simulatorWithClock();
    const id = SEED_APP_IDS.teamsContoso;
    const answer = await call(sim, 'POST', `${APPS}/${id}${path}`, { body: { notifyManagedDevices: true } });
    expect(answer.status).toBe(204);
    const pending = await app(sim, id);
    expect(pending.usedLicenseCount).toBe(312);
    expect(pending.revokeLicenseActionResults).toEqual([
      expect.objectContaining({ actionName: 'RevokeAllLicenses', actionState: 'pending', totalLicensesCount: 312, failedLicensesCount: 0, actionFailureReason: 'none', userId: null, managedDeviceId: null }),
    ]);
    clock.now += 5000;
    const done = await app(sim, id);
    expect(done.usedLicenseCount).toBe(0);
    expect(done.revokeLicenseActionResults[0]).toMatchObject({ actionState: 'done', lastUpdatedDateTime: new Date(clock.now).toISOString() });
    expect(await readAll(sim, `${APPS}/${id}/${IOS}/assignedLicenses`)).toEqual([]);
  });

  it("revokeUserLicense frees that user's license and revokeDeviceLicense that device's", async () => {
    const sim = createGraphSimulator({ revokeDelayMs: 0 });
    const id = SEED_APP_IDS.teamsContoso;
    const licenses = await readAll(sim, `${APPS}/${id}/${IOS}/assignedLicenses?$top=999`);
    const user = licenses.find((license) => license['@odata.type'].endsWith('UserLicense'));
    const device = licenses.find((license) => license['@odata.type'].endsWith('DeviceLicense'));
    expect((await call(sim, 'POST', `${APPS}/${id}/revokeUserLicense`, { body: { userId: user.userId, notifyManagedDevices: false } })).status).toBe(204);
    expect((await call(sim, 'POST', `${APPS}/${id}/${IOS}/revokeDeviceLicense`, { body: { managedDeviceId: device.managedDeviceId, notifyManagedDevices: true } })).status).toBe(204);
    const after = await readAll(sim, `${APPS}/${id}/${IOS}/assignedLicenses?$top=999`);
    expect(after.map((license) => license.id)).toEqual(licenses.filter((l) => l !== user && l !== device).map((license) => license.id));
    const results = (await app(sim, id)).revokeLicenseActionResults;
    expect(results).toEqual([
      expect.objectContaining({ actionName: 'RevokeUserLicense', actionState: 'done', userId: user.userId, totalLicensesCount: 1 }),
      expect.objectContaining({ actionName: 'RevokeDeviceLicense', actionState: 'done', managedDeviceId: device.managedDeviceId, totalLicensesCount: 1 }),
    ]);
  });

  it('answers 404 for a user or device that holds no license of the app, 400 without one named', async () => {
    const sim = createGraphSimulator();
    const base = `${APPS}/${SEED_APP_IDS.teamsContoso}`;
    const nobody = await call(sim, 'POST', `${base}/revokeUserLicense`, { body: { userId: '00000000-0000-0000-0000-000000000001', notifyManagedDevices: true } });
    expect(nobody.status).toBe(404);
    expect((await call(sim, 'POST', `${base}/revokeDeviceLicense`, { body: { managedDeviceId: 'nope', notifyManagedDevices: true } })).status).toBe(404);
    expect((await call(sim, 'POST', `${base}/revokeUserLicense`, { body: { userId: null, notifyManagedDevices: true } })).status).toBe(400);
    expect((await call(sim, 'POST', `${base}/revokeUserLicense`, { body: { notifyManagedDevices: true } })).status).toBe(400);
    expect((await call(sim, 'POST', `${base}/revokeAllLicenses`, { body: {} })).status).toBe(400);
    expect((await call(sim, 'POST', `${base}/revokeAllLicenses`, { body: { notifyManagedDevices: true, extra: 1 } })).status).toBe(400);
    expect((await call(sim, 'GET', `${base}/revokeAllLicenses`)).status).toBe(405);
  });

  it('are bound to iosVppApp only: a macOS or other app refuses them, with or without a cast', async () => {
    const sim = createGraphSimulator();
    const body = { body: { notifyManagedDevices: true } };
    expect((await call(sim, 'POST', `${APPS}/${SEED_APP_IDS.finalCutProContoso}/revokeAllLicenses`, body)).status).toBe(400);
    expect((await call(sim, 'POST', `${APPS}/${SEED_APP_IDS.finalCutProContoso}/${MAC}/revokeAllLicenses`, body)).status).toBe(400);
    expect((await call(sim, 'POST', `${APPS}/${SEED_APP_IDS.contosoIntranet}/revokeAllLicenses`, body)).status).toBe(400);
    expect((await call(sim, 'POST', `${APPS}/${SEED_APP_IDS.teamsContoso}/revokeAllLicences`, body)).status).toBe(400);
    expect((await call(sim, 'POST', `${V1_APPS}/${SEED_APP_IDS.teamsContoso}/revokeAllLicenses`, body)).status).toBe(400);
  });

  it.each(['appleFailure', 'expiredApplePushNotificationCertificate'])('with revokeFailure %s the result fails with that reason and the licenses stay', async (reason) => {
    const sim = createGraphSimulator({ revokeDelayMs: 0 });
    await call(sim, 'POST', '/graph/_simulator/settings', { body: { revokeFailure: reason } });
    const id = SEED_APP_IDS.keynoteContosoExhausted;
    expect((await call(sim, 'POST', `${APPS}/${id}/revokeAllLicenses`, { body: { notifyManagedDevices: true } })).status).toBe(204);
    const after = await app(sim, id);
    expect(after.usedLicenseCount).toBe(200);
    expect(after.revokeLicenseActionResults[0]).toMatchObject({ actionState: 'failed', actionFailureReason: reason, failedLicensesCount: 200, totalLicensesCount: 200 });
    expect((await call(sim, 'POST', '/graph/_simulator/settings', { body: { revokeFailure: 'none' } })).status).toBe(400);
  });

  it("fails with expiredVppToken for an app whose token has expired, as Apple refuses", async () => {
    const sim = createGraphSimulator({ revokeDelayMs: 0 });
    const id = SEED_APP_IDS.zoomLitwareExpiredToken;
    await call(sim, 'POST', `${APPS}/${id}/revokeAllLicenses`, { body: { notifyManagedDevices: true } });
    expect((await app(sim, id)).revokeLicenseActionResults[0]).toMatchObject({ actionState: 'failed', actionFailureReason: 'expiredVppToken' });
    expect((await app(sim, id)).usedLicenseCount).toBe(17);
  });

  it("the token's revokeLicenses frees every license of its apps after the delay and records the total on the token", async () => {
    const { sim, clock } = simulatorWithClock();
    await call(sim, 'POST', '/graph/_simulator/settings', { body: { revokeDelayMs: 2000 } });
    const token = SEED_IDS.fabrikamExpiresSoon;
    const before = (await readAll(sim, `${APPS}?$top=999`)).filter((a) => a.vppTokenId === token);
    const total = before.reduce((sum, a) => sum + a.usedLicenseCount, 0);
    expect(total).toBe(198 + 248 + 131 + 7);
    expect((await call(sim, 'POST', `${TOKENS}/${token}/revokeLicenses`, { body: { notifyManagedDevices: true, revokeUntrackedLicenses: false } })).status).toBe(204);
    expect((await call(sim, 'GET', `${TOKENS}/${token}`)).body.tokenActionResults).toEqual([
      expect.objectContaining({ '@odata.type': '#microsoft.graph.vppTokenRevokeLicensesActionResult', actionState: 'pending', totalLicensesCount: total }),
    ]);
    clock.now += 1999;
    expect((await app(sim, SEED_APP_IDS.outlookFabrikam)).usedLicenseCount).toBe(248);
    clock.now += 1;
    for (const a of before) expect((await app(sim, a.id)).usedLicenseCount).toBe(0);
    expect((await call(sim, 'GET', `${TOKENS}/${token}`)).body.tokenActionResults[0]).toMatchObject({ actionState: 'done', actionFailureReason: 'none', failedLicensesCount: 0 });
    expect((await app(sim, SEED_APP_IDS.teamsContoso)).usedLicenseCount).toBe(312);
  });

  it("the token's revokeLicenses fails with Apple's reason and frees nothing when revokeFailure is set", async () => {
    const sim = createGraphSimulator({ revokeDelayMs: 0 });
    await call(sim, 'POST', '/graph/_simulator/settings', { body: { revokeFailure: 'appleFailure' } });
    await call(sim, 'POST', `${TOKENS}/${SEED_IDS.northwindExpiresThisMonth}/revokeLicenses`, { body: { notifyManagedDevices: true } });
    expect((await call(sim, 'GET', `${TOKENS}/${SEED_IDS.northwindExpiresThisMonth}`)).body.tokenActionResults[0]).toMatchObject({
      actionState: 'failed',
      actionFailureReason: 'appleFailure',
      totalLicensesCount: 74 + 80 + 3,
      failedLicensesCount: 74 + 80 + 3,
    });
    expect((await app(sim, SEED_APP_IDS.zoomNorthwindExhausted)).usedLicenseCount).toBe(80);
  });
});

describe('deleting a token', () => {
  it('deletes its apps, as Intune does, and leaves the others', async () => {
    const sim = createGraphSimulator();
    const before = await readAll(sim, `${APPS}?$top=999`);
    expect((await call(sim, 'DELETE', `${TOKENS}/${SEED_IDS.contosoSchools}`)).status).toBe(204);
    const after = await readAll(sim, `${APPS}?$top=999`);
    expect(after.map((a) => a.id)).toEqual(before.filter((a) => a.vppTokenId !== SEED_IDS.contosoSchools).map((a) => a.id));
    expect((await call(sim, 'GET', `${APPS}/${SEED_APP_IDS.teamsContoso}`)).status).toBe(404);
    expect((await call(sim, 'GET', `${TOKENS}/getLicensesForApp(bundleId='${TEAMS}')`)).body.value).toHaveLength(3);
  });
});

describe('permissions', () => {
  const withScopes = (...scopes: string[]) => createGraphSimulator({ authorize: async () => ({ ok: true, scopes }) });
  const revokeAll = (sim: GraphSimulator) => call(sim, 'POST', `${APPS}/${SEED_APP_IDS.teamsContoso}/revokeAllLicenses`, { body: { notifyManagedDevices: true } });

  it("an account with only the tokens' permission reads tokens but gets 403 naming the apps permission for apps", async () => {
    const sim = withScopes('https://graph.microsoft.com/DeviceManagementServiceConfig.ReadWrite.All');
    expect((await call(sim, 'GET', TOKENS)).status).toBe(200);
    const apps = await call(sim, 'GET', APPS);
    expect(apps.status).toBe(403);
    expect(apps.body.error.code).toBe('Forbidden');
    expect(apps.body.error.message).toContain('DeviceManagementApps.Read.All');
    expect((await call(sim, 'GET', `${APPS}/${SEED_APP_IDS.teamsContoso}/${IOS}/assignedLicenses`)).status).toBe(403);
    // The token's own operations keep the token's permissions.
    expect((await call(sim, 'GET', `${TOKENS}/getLicensesForApp(bundleId='${TEAMS}')`)).status).toBe(200);
    expect((await call(sim, 'POST', `${TOKENS}/${SEED_IDS.contosoSchools}/revokeLicenses`, { body: { notifyManagedDevices: true } })).status).toBe(204);
  });

  it('DeviceManagementApps.Read.All reads apps and licenses; the revokes need ReadWrite.All', async () => {
    const reader = withScopes('DeviceManagementApps.Read.All');
    expect((await call(reader, 'GET', APPS)).status).toBe(200);
    expect((await call(reader, 'GET', `${APPS}/${SEED_APP_IDS.teamsContoso}/${IOS}/assignedLicenses`)).status).toBe(200);
    const refused = await revokeAll(reader);
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toContain('DeviceManagementApps.ReadWrite.All');
    expect(reader.apps().find((a) => a.app.id === SEED_APP_IDS.teamsContoso)?.app.revokeLicenseActionResults).toEqual([]);
    expect((await revokeAll(withScopes('DeviceManagementApps.ReadWrite.All'))).status).toBe(204);
    expect((await revokeAll(withScopes('DeviceManagementServiceConfig.ReadWrite.All'))).status).toBe(403);
  });

  it('checks each request inside a $batch on its own', async () => {
    const sim = withScopes('DeviceManagementServiceConfig.Read.All');
    const answer = await call(sim, 'POST', '/graph/beta/$batch', {
      body: { requests: [{ id: 'tokens', method: 'GET', url: '/deviceAppManagement/vppTokens' }, { id: 'apps', method: 'GET', url: '/deviceAppManagement/mobileApps' }] },
    });
    const status = Object.fromEntries(answer.body.responses.map((r: Json) => [r.id, r.status]));
    expect(status).toEqual({ tokens: 200, apps: 403 });
  });
});

describe('control API for apps', () => {
  it('adds apps from specs, lists them per token, and reset brings back the seed', async () => {
    const sim = createGraphSimulator();
    const added = await call(sim, 'POST', '/graph/_simulator/apps', {
      body: [
        { type: IOS, vppTokenId: SEED_IDS.wideWorldNeverSynced, displayName: 'Test App', bundleId: 'com.example.test', totalLicenseCount: 5, userLicenses: 3, deviceLicenses: 2 },
        { id: 'web-1', type: 'microsoft.graph.webApp', displayName: 'Web link' },
      ],
    });
    expect(added.status).toBe(201);
    const [id] = added.body.ids;
    expect((await call(sim, 'GET', `${APPS}/${id}`)).body).toMatchObject({ usedLicenseCount: 5, totalLicenseCount: 5, vppTokenDisplayName: 'Wide World Importers' });
    const listed = await call(sim, 'GET', `/graph/_simulator/apps?vppTokenId=${SEED_IDS.wideWorldNeverSynced}`);
    expect(listed.body.apps.map((a: Json) => a.id)).toEqual([id]);
    expect(listed.body.apps[0]).toMatchObject({ '@odata.type': `#${IOS}`, usedLicenseCount: 5 });
    await call(sim, 'POST', '/graph/_simulator/reset');
    expect((await call(sim, 'GET', '/graph/_simulator/apps')).body.apps.map((a: Json) => a.id)).toEqual(Object.values(SEED_APP_IDS));
  });

  it('refuses a spec it cannot build, naming what is wrong', async () => {
    const sim = createGraphSimulator();
    const add = (spec: object) => call(sim, 'POST', '/graph/_simulator/apps', { body: spec });
    const base = { type: IOS, vppTokenId: SEED_IDS.contosoSchools, displayName: 'X', bundleId: 'com.x', totalLicenseCount: 1 };
    expect((await add({ ...base, vppTokenId: 'missing' })).body.error.message).toContain("no token has id 'missing'");
    expect((await add({ ...base, type: MAC, deviceLicenses: 1 })).status).toBe(400);
    expect((await add({ ...base, userLicenses: -1 })).status).toBe(400);
    expect((await add({ ...base, colour: 'red' })).status).toBe(400);
    expect((await add({ ...base, id: SEED_APP_IDS.teamsContoso })).status).toBe(400);
    expect((await add([{ ...base, id: 'twice' }, { ...base, id: 'twice' }])).status).toBe(400);
  });
});

describe('reset with generated tokens', () => {
  it('brings about ten apps per generated token, the same every time, quickly', () => {
    const { sim } = simulatorWithClock();
    const started = performance.now();
    sim.reset(3000);
    const elapsed = performance.now() - started;
    const apps = sim.apps();
    console.log(`reset(3000): ${Math.round(elapsed)} ms for 3000 tokens and ${apps.length} apps`);
    const generated = apps.filter((a) => !Object.values(SEED_APP_IDS).includes(a.app.id));
    expect(generated.length / 2987).toBeGreaterThan(9);
    expect(generated.length / 2987).toBeLessThan(11);
    expect(generated.some((a) => a.usedLicenseCount > (a.app.totalLicenseCount as number))).toBe(true);
    const { sim: again } = simulatorWithClock();
    again.reset(3000);
    expect(again.apps().slice(-50)).toEqual(apps.slice(-50));
  }, 30_000);

  it('keeps only the kept tokens’ seed apps for a small count, and none at all for 0', () => {
    const sim = createGraphSimulator();
    sim.reset(2);
    const tokens = new Set<string>([SEED_IDS.contosoSchools, SEED_IDS.fabrikamExpiresSoon]);
    expect(sim.apps().every((a) => !a.app.vppTokenId || tokens.has(a.app.vppTokenId))).toBe(true);
    expect(sim.apps().some((a) => a.app.vppTokenId === SEED_IDS.fabrikamExpiresSoon)).toBe(true);
    sim.reset(0);
    expect(sim.apps()).toEqual([]);
  });
});
