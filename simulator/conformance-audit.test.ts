/**
 * The conformance test for deviceManagement/auditEvents: every answer, in both versions, held to the
 * audit types of the apps metadata extract (metadata/apps-audit-*.json) with the same checks as the
 * tokens' and apps' (conformance-checks.ts). Beta's actor and resource parts (`type`,
 * `userRoleScopeTags`...) must be in beta answers and nowhere in v1.0's.
 */
import { describe, expect, it } from 'vitest';
import { checkEntityAnswer, checkError, checkOperationAnswer, checkPage, type Answer } from './conformance-checks.ts';
import type { GraphSimulator } from './graph-simulator.ts';
import { API_VERSIONS, APPS_METADATA, type ApiVersion, type MetadataSummary, type OperationSummary } from './metadata.ts';
import { SEED_APP_IDS } from './seed-apps.ts';
import { SEED_IDS } from './seed.ts';
import { graphRequest, ORIGIN, simulatorWithClock, type CallOptions } from './test-support.ts';
import { encodeTokenFile, formatAppleDate } from './token-file.ts';

async function send(sim: GraphSimulator, method: string, path: string, options?: CallOptions): Promise<Answer> {
  const response = await sim.handle(graphRequest(method, path, options));
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  const text = await response.text();
  return { status: response.status, headers, body: text === '' ? undefined : JSON.parse(text) };
}

function auditMeta(version: ApiVersion): MetadataSummary {
  const extract = APPS_METADATA[version];
  const type = extract.entityTypes['microsoft.graph.auditEvent'];
  if (!type) throw new Error(`auditEvent is not in the ${version} extract`);
  return { version, source: 'apps extract', entitySet: 'deviceManagement/auditEvents', entityType: type, enumTypes: extract.enumTypes, complexTypes: extract.complexTypes, boundOperations: [], entityTypes: extract.entityTypes };
}

function functionOf(version: ApiVersion, name: string): OperationSummary {
  const op = APPS_METADATA[version].boundOperations.find((o) => o.name === name && o.bindingType === 'microsoft.graph.auditEvent');
  if (!op?.documented) throw new Error(`${name} is not declared on auditEvent in ${version}`);
  return { kind: op.kind, name: op.name, boundTo: op.boundTo, parameters: op.parameters, returnType: op.returnType, entitySetPath: op.entitySetPath, documentedStatus: op.documented.status };
}

/** Every kind of write, succeeded and refused, directly and in $batch, so the log holds each kind of event. */
async function writeEverything(sim: GraphSimulator, now: number) {
  const tokens = '/graph/beta/deviceAppManagement/vppTokens';
  const file = encodeTokenFile({ token: 'Y29uZm9ybWFuY2U', expDate: formatAppleDate(now + 200 * 86_400_000), orgName: 'Conformance Inc' });
  const created = await send(sim, 'POST', tokens, { body: { token: file } });
  const id = (created.body as { id: string }).id;
  await send(sim, 'PATCH', `${tokens}/${SEED_IDS.contosoSchools}`, { body: { displayName: 'Renamed', roleScopeTagIds: ['0', '2'], automaticallyUpdateApps: false } });
  await send(sim, 'PATCH', `/graph/v1.0/deviceAppManagement/vppTokens/${SEED_IDS.fabrikamExpiresSoon}`, { body: { token: encodeTokenFile({ token: 'cmVuZXc', expDate: formatAppleDate(now + 300 * 86_400_000), orgName: 'Fabrikam' }) } });
  await send(sim, 'PATCH', `${tokens}/${SEED_IDS.northwindExpiresThisMonth}`, { body: { countryOrRegion: 'nope' } });
  await send(sim, 'POST', `${tokens}/${id}/syncLicenses`);
  await send(sim, 'POST', `${tokens}/${SEED_IDS.contosoSchools}/revokeLicenses`, { body: { notifyManagedDevices: true } });
  await send(sim, 'POST', `/graph/beta/deviceAppManagement/mobileApps/${SEED_APP_IDS.teamsContoso}/revokeDeviceLicense`, { body: { managedDeviceId: 'none', notifyManagedDevices: false } });
  await send(sim, 'POST', '/graph/beta/$batch', {
    body: { requests: [{ id: '1', method: 'DELETE', url: `/deviceAppManagement/vppTokens/${id}` }, { id: '2', method: 'DELETE', url: `/deviceAppManagement/vppTokens/${id}` }] },
  });
}

describe.each(API_VERSIONS)('every auditEvents answer of %s holds to the metadata', (version: ApiVersion) => {
  const root = `${ORIGIN}/graph/${version}`;
  const collection = `/graph/${version}/deviceManagement/auditEvents`;
  const meta = auditMeta(version);

  async function walk(sim: GraphSimulator, first: string, select?: readonly string[]) {
    const problems: string[] = [];
    const ids: string[] = [];
    let url: unknown = first;
    while (typeof url === 'string') {
      const answer = await send(sim, 'GET', url);
      problems.push(...checkPage(meta, answer, { serviceRoot: root, ...(select ? { select } : {}) }).map((p) => `GET ${url} → ${p}`));
      const body = answer.body as { value?: { id: string }[]; '@odata.nextLink'?: unknown };
      ids.push(...(body.value ?? []).map((event) => event.id));
      url = body['@odata.nextLink'];
    }
    return { problems, ids };
  }

  it('the seeded and recorded events, page by page, with $filter, $orderby and $select, and one by one', async () => {
    const { sim, clock } = simulatorWithClock();
    await writeEverything(sim, clock.now);
    const plain = await walk(sim, `${collection}?$top=7`);
    const since = new Date(clock.now - 10 * 86_400_000).toISOString();
    const filtered = await walk(sim, `${collection}?$filter=${encodeURIComponent(`activityDateTime gt ${since} and category eq 'Application'`)}&$orderby=activityDateTime desc&$top=4`);
    const select = ['activityDateTime', 'actor', 'resources'];
    const selected = await walk(sim, `${collection}?$select=${select.join(',')}`, select);
    const single = [];
    for (const id of plain.ids) single.push(...checkEntityAnswer(meta, await send(sim, 'GET', `${collection}/${id}`), { serviceRoot: root }).map((p) => `GET ${id} → ${p}`));
    expect([...plain.problems, ...filtered.problems, ...selected.problems, ...single]).toEqual([]);
    expect(plain.ids.length).toBe(sim.auditEvents().length);
  });

  it('only beta answers carry beta’s actor and resource parts', async () => {
    const { sim } = simulatorWithClock();
    const answer = await send(sim, 'GET', `${collection}?$top=1`);
    const [event] = (answer.body as { value: { actor: Record<string, unknown>; resources: Record<string, unknown>[] }[] }).value;
    const betaOnly = ['type', 'remoteTenantId', 'remoteUserId', 'userRoleScopeTags'];
    for (const name of betaOnly) expect(name in event!.actor, name).toBe(version === 'beta');
    expect('type' in event!.resources[0]!).toBe(version === 'beta');
    expect('auditActorType' in event!.actor).toBe(true);
  });

  it('getAuditCategories and getAuditActivityTypes answer their declared return type', async () => {
    const { sim } = simulatorWithClock();
    const problems = [
      ...checkOperationAnswer(meta, functionOf(version, 'getAuditCategories'), await send(sim, 'GET', `${collection}/getAuditCategories`), { serviceRoot: root }),
      ...checkOperationAnswer(meta, functionOf(version, 'getAuditActivityTypes'), await send(sim, 'GET', `${collection}/getAuditActivityTypes(category='Application')`), { serviceRoot: root }),
    ];
    expect(problems).toEqual([]);
  });

  it("errors, each in Graph's error shape", async () => {
    const { sim } = simulatorWithClock();
    const cases: [string, number][] = [
      [`${collection}/00000000-0000-0000-0000-000000000000`, 404],
      [`${collection}?$filter=${encodeURIComponent("activity eq 'x'")}`, 400],
      [`${collection}?$orderby=category`, 400],
      [`${collection}?$select=nothing`, 400],
      [`${collection}?$skiptoken=broken`, 400],
      [`${collection}?$top=0`, 400],
      [`/graph/${version}/deviceManagement/managedDevices`, 400],
    ];
    const problems = [];
    for (const [path, status] of cases) problems.push(...checkError(await send(sim, 'GET', path), status).map((p) => `GET ${path} → ${p}`));
    expect(problems).toEqual([]);
  });
});
