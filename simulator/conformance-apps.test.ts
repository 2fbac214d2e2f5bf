/**
 * The conformance test for mobileApps: every answer about apps and licenses, in both versions, held
 * to the apps metadata extract (metadata/apps-audit-*.json) with the same checks as the tokens'
 * (conformance-checks.ts): only declared properties, every declared property present, types,
 * `@odata.type` and `@odata.context` in Graph's form. Apps of types the extract does not carry
 * (webApp...) are held to mobileApp's properties, the only ones it can vouch for.
 */
import { describe, expect, it } from 'vitest';
import { checkEntityAnswer, checkError, checkNoContent, checkOperationAnswer, checkPage, type Answer, type Expectation } from './conformance-checks.ts';
import { createGraphSimulator, type GraphSimulator } from './graph-simulator.ts';
import { API_VERSIONS, APPS_METADATA, METADATA, type ApiVersion, type MetadataSummary } from './metadata.ts';
import { IOS_VPP_APP, licenseType, MOBILE_APP, OTHER_APP_TYPES, VPP_APP_TYPES } from './mobile-app.ts';
import { SEED_APP_IDS } from './seed-apps.ts';
import { SEED_IDS } from './seed.ts';
import { graphRequest, ORIGIN, simulatorWithClock, type CallOptions } from './test-support.ts';

async function send(sim: GraphSimulator, method: string, path: string, options?: CallOptions): Promise<Answer> {
  const response = await sim.handle(graphRequest(method, path, options));
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  const text = await response.text();
  return { status: response.status, headers, body: text === '' ? undefined : JSON.parse(text) };
}

/** The apps extract in the shape the checks read, for one entity type and the path its answers name. */
function appsMeta(version: ApiVersion, entityType: string, entitySet: string): MetadataSummary {
  const apps = APPS_METADATA[version];
  const type = apps.entityTypes[entityType];
  if (!type) throw new Error(`${entityType} is not in the ${version} apps extract`);
  return { version, source: 'apps extract', entitySet, entityType: type, enumTypes: apps.enumTypes, complexTypes: apps.complexTypes, boundOperations: [], entityTypes: apps.entityTypes };
}


describe.each(API_VERSIONS)('every apps answer of %s holds to the apps metadata', (version: ApiVersion) => {
  const root = `${ORIGIN}/graph/${version}`;
  const collection = `/graph/${version}/deviceAppManagement/mobileApps`;
  const listMeta = appsMeta(version, MOBILE_APP, 'deviceAppManagement/mobileApps');
  const expect$ = (select?: readonly string[]): Expectation => ({ serviceRoot: root, outsideExtract: OTHER_APP_TYPES, ...(select ? { select } : {}) });
  const vppTypes = VPP_APP_TYPES.filter((type) => type in APPS_METADATA[version].entityTypes);
  const filter = encodeURIComponent(vppTypes.map((type) => `isof('${type}')`).join(' or '));

  async function walk(sim: GraphSimulator, first: string, select?: readonly string[]) {
    const problems: string[] = [];
    const apps: { id: string; '@odata.type': string }[] = [];
    let url: unknown = first;
    for (let pages = 0; typeof url === 'string'; pages++) {
      if (pages > 400) throw new Error(`${first}: the nextLinks never end`);
      const answer = await send(sim, 'GET', url);
      problems.push(...checkPage(listMeta, answer, expect$(select)).map((p) => `GET ${url} → ${p}`));
      const body = answer.body as { value?: { id: string; '@odata.type': string }[]; '@odata.nextLink'?: unknown };
      apps.push(...(body.value ?? []));
      url = body['@odata.nextLink'];
    }
    return { problems, apps };
  }

  async function getEach(sim: GraphSimulator, apps: readonly { id: string; '@odata.type': string }[], select?: readonly string[]) {
    const query = select ? `?$select=${select.join(',')}` : '';
    const problems: string[] = [];
    for (const { id, '@odata.type': odataType } of apps) {
      const meta = appsMeta(version, MOBILE_APP, `deviceAppManagement/mobileApps/${odataType.slice(1)}`);
      const answer = await send(sim, 'GET', `${collection}/${id}${query}`);
      problems.push(...checkEntityAnswer(meta, answer, expect$(select)).map((p) => `GET ${id}${query} → ${p}`));
    }
    return problems;
  }

  it('list pages plain, with $top, with the type $filter, and each app read by its id', async () => {
    const sim = createGraphSimulator();
    const plain = await walk(sim, collection);
    const paged = await walk(sim, `${collection}?$top=7`);
    const filtered = await walk(sim, `${collection}?$filter=${filter}&$top=5`);
    expect([...plain.problems, ...paged.problems, ...filtered.problems, ...(await getEach(sim, plain.apps))]).toEqual([]);
    expect(filtered.apps.length).toBeGreaterThan(0);
  });

  it('$select of mobileApp properties and of VPP type properties behind their cast', async () => {
    const sim = createGraphSimulator();
    const base = Object.keys(listMeta.entityType.properties);
    const some = [
      ...base.filter((_, index) => index % 3 === 0),
      ...vppTypes.flatMap((type) => ['bundleId', 'usedLicenseCount', 'totalLicenseCount', 'licensingType'].map((name) => `${type}/${name}`)),
    ];
    const everything = [...base, ...vppTypes.flatMap((type) => Object.keys(APPS_METADATA[version].entityTypes[type]?.properties ?? {}).map((name) => `${type}/${name}`))];
    const { problems, apps } = await walk(sim, `${collection}?$top=9&$select=${some.join(',')}`, some);
    problems.push(...(await walk(sim, `${collection}?$filter=${filter}&$select=${everything.join(',')}`, everything)).problems);
    problems.push(...(await getEach(sim, apps.slice(0, 12), some)));
    expect(problems).toEqual([]);
  });

  it('apps of 300 generated tokens, page by page, and a sample one by one', async () => {
    const sim = createGraphSimulator();
    sim.reset(300);
    const { problems, apps } = await walk(sim, `${collection}?$top=999`);
    expect(apps.length).toBeGreaterThan(2000);
    expect([...problems, ...(await getEach(sim, apps.filter((_, index) => index % 50 === 0)))]).toEqual([]);
  });

  it("errors, each in Graph's error shape", async () => {
    const sim = createGraphSimulator();
    const teams = `${collection}/${SEED_APP_IDS.teamsContoso}`;
    const cases: [string, number, () => Promise<Answer>][] = [
      ['GET of a missing app', 404, () => send(sim, 'GET', `${collection}/00000000-0000-0000-0000-000000000000`)],
      // v1.0 has no macOsVppApp, so there the cast is an unknown segment.
      ['a cast the app is not', version === 'beta' ? 404 : 400, () => send(sim, 'GET', `${teams}/microsoft.graph.macOsVppApp`)],
      ['a $filter it does not take', 400, () => send(sim, 'GET', `${collection}?$filter=displayName eq 'Slack'`)],
      ['a derived property without its cast in $select', 400, () => send(sim, 'GET', `${collection}?$select=bundleId`)],
      ['assignedLicenses without the cast', 400, () => send(sim, 'GET', `${teams}/assignedLicenses`)],
      ['$orderby', 400, () => send(sim, 'GET', `${collection}?$orderby=displayName`)],
      ['adding an app', 501, () => send(sim, 'POST', collection, { body: {} })],
      ['PUT on an app', 405, () => send(sim, 'PUT', teams, { body: {} })],
    ];
    if (version === 'beta') {
      cases.push(
        ['revokeUserLicense for a user without a license', 404, () => send(sim, 'POST', `${teams}/revokeUserLicense`, { body: { userId: 'nobody', notifyManagedDevices: true } })],
        ['revokeAllLicenses without notifyManagedDevices', 400, () => send(sim, 'POST', `${teams}/revokeAllLicenses`, { body: {} })],
        ['revokeAllLicenses on a macOS app', 400, () => send(sim, 'POST', `${collection}/${SEED_APP_IDS.finalCutProContoso}/revokeAllLicenses`, { body: { notifyManagedDevices: true } })],
      );
    } else {
      cases.push(['a revoke, which v1.0 does not declare', 400, () => send(sim, 'POST', `${teams}/revokeAllLicenses`, { body: { notifyManagedDevices: true } })]);
    }
    const problems: string[] = [];
    for (const [label, status, request] of cases) problems.push(...checkError(await request(), status).map((p) => `${label} → ${p}`));
    const tokensOnly = createGraphSimulator({ authorize: async () => ({ ok: true, scopes: ['DeviceManagementServiceConfig.ReadWrite.All'] }) });
    problems.push(...checkError(await send(tokensOnly, 'GET', collection), 403).map((p) => `apps without the apps permission → ${p}`));
    expect(problems).toEqual([]);
  });
});

describe('every beta licenses and revoke answer holds to the apps metadata', () => {
  const root = `${ORIGIN}/graph/beta`;
  const collection = '/graph/beta/deviceAppManagement/mobileApps';

  it("each seed VPP app's assignedLicenses, plain, paged and with $select", async () => {
    const sim = createGraphSimulator();
    const problems: string[] = [];
    for (const { app } of sim.apps().filter((a) => VPP_APP_TYPES.includes(a.app.type))) {
      const base = licenseType(app.type);
      const path = `deviceAppManagement/mobileApps('${app.id}')/${app.type}/assignedLicenses`;
      const meta = appsMeta('beta', base, path);
      const url = `${collection}/${app.id}/${app.type}/assignedLicenses`;
      const derived = meta.entityType.derived ?? [];
      const select = ['userPrincipalName', ...derived.filter((type) => type.endsWith('DeviceLicense')).map((type) => `${type}/deviceName`)];
      for (const [first, chosen] of [[url, undefined], [`${url}?$top=40`, undefined], [`${url}?$top=60&$select=${select.join(',')}`, select]] as const) {
        let next: unknown = first;
        while (typeof next === 'string') {
          const answer = await send(sim, 'GET', next);
          const expected: Expectation = { serviceRoot: root, collectionUrl: `${ORIGIN}${collection}/${app.id}/${app.type}/assignedLicenses`, ...(chosen ? { select: chosen } : {}) };
          problems.push(...checkPage(meta, answer, expected).map((p) => `GET ${next} → ${p}`));
          next = (answer.body as { '@odata.nextLink'?: unknown })['@odata.nextLink'];
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('getLicensesForApp for each seed bundle id answers its declared collection', async () => {
    const sim = createGraphSimulator();
    const tokens = METADATA.beta;
    const op = tokens.boundOperations.find((o) => o.name === 'getLicensesForApp');
    if (!op) throw new Error('getLicensesForApp is not declared in beta');
    const meta: MetadataSummary = { ...tokens, complexTypes: { ...APPS_METADATA.beta.complexTypes, ...tokens.complexTypes } };
    const bundles = new Set(sim.apps().map((a) => a.app.bundleId).filter((id): id is string => typeof id === 'string'));
    const problems: string[] = [];
    for (const bundleId of bundles) {
      const answer = await send(sim, 'GET', `/graph/beta/deviceAppManagement/vppTokens/getLicensesForApp(bundleId='${bundleId}')`);
      problems.push(...checkOperationAnswer(meta, op, answer, { serviceRoot: root }).map((p) => `${bundleId} → ${p}`));
    }
    expect(problems).toEqual([]);
  });

  it("each revoke answers its documented 204, and the app's and token's results hold pending, done and failed", async () => {
    const { sim, clock } = simulatorWithClock();
    const apps = APPS_METADATA.beta;
    const problems: string[] = [];
    const app = SEED_APP_IDS.notabilityContoso;
    const licenses = (await send(sim, 'GET', `${collection}/${app}/${IOS_VPP_APP}/assignedLicenses?$top=999`)).body as { value: { userId: string | null; managedDeviceId?: string }[] };
    const user = licenses.value.find((l) => l.userId !== null)?.userId;
    const device = licenses.value.find((l) => l.managedDeviceId)?.managedDeviceId;
    const bodies: Record<string, object> = {
      revokeUserLicense: { userId: user, notifyManagedDevices: true },
      revokeDeviceLicense: { managedDeviceId: device, notifyManagedDevices: false },
      revokeAllLicenses: { notifyManagedDevices: true },
    };
    const ops = apps.boundOperations.filter((op) => op.bindingType === IOS_VPP_APP);
    expect(ops.map((op) => op.name).sort()).toEqual(Object.keys(bodies).sort());
    for (const op of ops) {
      expect(op.documented?.status).toBe(204);
      for (const path of [`${collection}/${app}/${op.name}`, `${collection}/${app}/${IOS_VPP_APP}/${op.name}`]) {
        problems.push(...checkNoContent(await send(sim, 'POST', path, { body: bodies[op.name] }), `${op.name} at ${path}`));
      }
    }
    await send(sim, 'POST', '/graph/_simulator/settings', { body: { revokeFailure: 'appleFailure' } });
    problems.push(...checkNoContent(await send(sim, 'POST', `${collection}/${SEED_APP_IDS.teamsContoso}/revokeAllLicenses`, { body: { notifyManagedDevices: true } }), 'a failing revoke'));
    problems.push(...checkNoContent(await send(sim, 'POST', `/graph/beta/deviceAppManagement/vppTokens/${SEED_IDS.contosoSchools}/revokeLicenses`, { body: { notifyManagedDevices: true } }), 'the token revoke'));

    const readBack = async (label: string) => {
      for (const id of [app, SEED_APP_IDS.teamsContoso]) {
        const meta = appsMeta('beta', MOBILE_APP, `deviceAppManagement/mobileApps/${IOS_VPP_APP}`);
        problems.push(...checkEntityAnswer(meta, await send(sim, 'GET', `${collection}/${id}`), { serviceRoot: root }).map((p) => `${label} ${id} → ${p}`));
      }
      const tokenMeta = METADATA.beta;
      const token = await send(sim, 'GET', `/graph/beta/deviceAppManagement/vppTokens/${SEED_IDS.contosoSchools}`);
      problems.push(...checkEntityAnswer(tokenMeta, token, { serviceRoot: root }).map((p) => `${label} token → ${p}`));
    };
    await readBack('pending');
    clock.now += 10_000;
    await readBack('settled');
    const results = ((await send(sim, 'GET', `${collection}/${SEED_APP_IDS.teamsContoso}`)).body as { revokeLicenseActionResults: { actionState: string }[] }).revokeLicenseActionResults;
    expect(results.map((r) => r.actionState)).toEqual(['failed']);
    expect(problems).toEqual([]);
  });
});
