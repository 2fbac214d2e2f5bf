/**
 * The conformance test: walks the answers a Graph client can get from the simulator, in both
 * versions, and holds each one to Microsoft's metadata for that version (metadata/*.json) and to
 * Graph's answer and error shapes (conformance-checks.ts). The operations and properties it tries
 * come from the metadata too, so a newer extract is tried without touching this file.
 *
 * Not walked: entities stored raw through the control API, which exist to be wrong.
 */
import { describe, expect, it } from 'vitest';
import {
  checkBatchEnvelope,
  checkEntityAnswer,
  checkError,
  checkNoContent,
  checkOperationAnswer,
  checkPage,
  type Answer,
  type Expectation,
} from './conformance-checks.ts';
import { createGraphSimulator, type GraphSimulator } from './graph-simulator.ts';
import { API_VERSIONS, APPS_METADATA, METADATA, type ApiVersion, type MetadataSummary, type OperationSummary } from './metadata.ts';
import { SEED_IDS } from './seed.ts';
import { graphRequest, ORIGIN, type CallOptions } from './test-support.ts';
import { encodeTokenFile, formatAppleDate } from './token-file.ts';

const SEED_TOKEN_IDS = Object.values(SEED_IDS);

async function send(sim: GraphSimulator, method: string, path: string, options?: CallOptions): Promise<Answer> {
  const response = await sim.handle(graphRequest(method, path, options));
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  const text = await response.text();
  return { status: response.status, headers, body: text === '' ? undefined : JSON.parse(text) };
}

function fileFor(orgName: string): string {
  return encodeTokenFile({
    token: btoa(`conformance secret for ${orgName}`),
    expDate: formatAppleDate(Date.now() + 200 * 86_400_000),
    orgName,
  });
}

/** A value of a declared parameter type; `variant` picks between the values each type can take. */
function sampleValue(type: string, variant: number): unknown {
  if (type === 'Edm.Boolean') return variant % 2 === 0;
  // getLicensesForApp's bundleId: an app on several seed tokens, and one on none.
  if (type === 'Edm.String') return variant % 2 === 0 ? 'com.microsoft.skype.teams' : 'com.example.app';
  throw new Error(`The conformance test has no sample value for parameter type ${type}: add one.`);
}

describe.each(API_VERSIONS)('every answer of %s holds to its metadata', (version: ApiVersion) => {
  // getLicensesForApp answers vppTokenLicenseSummary, which the apps extract carries.
  const meta: MetadataSummary = { ...METADATA[version], complexTypes: { ...APPS_METADATA[version].complexTypes, ...METADATA[version].complexTypes } };
  const root = `${ORIGIN}/graph/${version}`;
  const collection = `/graph/${version}/${meta.entitySet}`;
  const declared = Object.keys(meta.entityType.properties);
  const expect$ = (select?: readonly string[]): Expectation => ({ serviceRoot: root, ...(select ? { select } : {}) });
  const otherVersion = version === 'beta' ? 'v1.0' : 'beta';

  /** Every page from `first` on, each checked; the problems are prefixed with the request. */
  async function walkList(sim: GraphSimulator, first: string, select?: readonly string[]) {
    const problems: string[] = [];
    const tokens: { id: string }[] = [];
    let url: unknown = first;
    for (let pages = 0; typeof url === 'string'; pages++) {
      if (pages > 200) throw new Error(`${first}: more than 200 pages; the nextLinks never end`);
      const answer = await send(sim, 'GET', url);
      problems.push(...checkPage(meta, answer, expect$(select)).map((problem) => `GET ${url} → ${problem}`));
      const body = answer.body as { value?: { id: string }[]; '@odata.nextLink'?: unknown } | undefined;
      tokens.push(...(body?.value ?? []));
      url = body?.['@odata.nextLink'];
    }
    return { problems, tokens };
  }

  async function getEach(sim: GraphSimulator, ids: readonly string[], select?: readonly string[]): Promise<string[]> {
    const query = select ? `?$select=${select.join(',')}` : '';
    const problems: string[] = [];
    for (const id of ids) {
      const answer = await send(sim, 'GET', `${collection}/${id}${query}`);
      problems.push(...checkEntityAnswer(meta, answer, expect$(select)).map((problem) => `GET ${id}${query} → ${problem}`));
    }
    return problems;
  }

  it('list pages as they come, and with $top, followed through @odata.nextLink', async () => {
    const sim = createGraphSimulator();
    const whole = await walkList(sim, collection);
    const paged = await walkList(sim, `${collection}?$top=5`);
    expect([...whole.problems, ...paged.problems]).toEqual([]);
    expect(paged.tokens.map((t) => t.id)).toEqual(SEED_TOKEN_IDS);
  });

  it('$select of some declared properties and of all of them, in lists and single tokens', async () => {
    const sim = createGraphSimulator();
    const some = declared.filter((_, index) => index % 2 === 1);
    const problems = [
      ...(await walkList(sim, `${collection}?$top=4&$select=${some.join(',')}`, some)).problems,
      ...(await walkList(sim, `${collection}?$select=${declared.join(',')}`, declared)).problems,
      ...(await getEach(sim, SEED_TOKEN_IDS, some)),
    ];
    expect(problems).toEqual([]);
  });

  it('each seed token, read by its id', async () => {
    expect(await getEach(createGraphSimulator(), SEED_TOKEN_IDS)).toEqual([]);
  });

  it('300 generated tokens, page by page and one by one', async () => {
    const sim = createGraphSimulator();
    sim.reset(300);
    const { problems, tokens } = await walkList(sim, collection);
    expect(tokens).toHaveLength(300);
    expect([...problems, ...(await getEach(sim, tokens.map((t) => t.id)))]).toEqual([]);
  });

  it('create answers 201 with the token; update answers 200 with it, or 204; delete answers 204', async () => {
    const sim = createGraphSimulator();
    const writable = version === 'beta' ? { displayName: 'Conformance', dataSharingConsentGranted: true } : {};
    const created = await send(sim, 'POST', collection, {
      body: { token: fileFor('Conformance Org'), appleId: 'vpp@conformance.example', countryOrRegion: 'gb', ...writable },
    });
    const problems = checkEntityAnswer(meta, created, expect$(), 201).map((p) => `POST → ${p}`);
    const id = (created.body as { id: string }).id;
    expect(created.headers.location).toBe(`${root}/${meta.entitySet}('${id}')`);

    problems.push(...(await getEach(sim, [id])));
    const patched = await send(sim, 'PATCH', `${collection}/${id}`, { body: { automaticallyUpdateApps: true, ...writable } });
    problems.push(...checkEntityAnswer(meta, patched, expect$()).map((p) => `PATCH (200) → ${p}`));

    await send(sim, 'POST', '/graph/_simulator/settings', { body: { patchAnswers: 204 } });
    const bodiless = await send(sim, 'PATCH', `${collection}/${id}`, { body: { appleId: 'other@conformance.example' } });
    problems.push(...checkNoContent(bodiless, 'PATCH (204 mode)'));
    problems.push(...checkNoContent(await send(sim, 'DELETE', `${collection}/${id}`), 'DELETE'));
    expect(problems).toEqual([]);
  });

  it('every bound operation it declares, with its declared parameters, answers its documented status and type', async () => {
    const sim = createGraphSimulator();
    const problems: string[] = [];
    for (const op of meta.boundOperations) {
      const base = op.boundTo === 'entity' ? `${collection}/${SEED_IDS.contosoSchools}` : collection;
      const call = async (values: Record<string, unknown>) => {
        if (op.kind === 'Function') {
          const args = Object.entries(values).map(([name, value]) => `${name}='${String(value)}'`);
          return send(sim, 'GET', `${base}/${op.name}(${args.join(',')})`);
        }
        return send(sim, 'POST', `${base}/${op.name}`, op.parameters.length > 0 ? { body: values } : {});
      };
      const full = (variant: number) => Object.fromEntries(op.parameters.map((p) => [p.name, sampleValue(p.type, variant)]));
      const accepted: [string, Record<string, unknown>][] = [
        ['every parameter', full(0)],
        ['every parameter, other values', full(1)],
        ...op.parameters
          .filter((p) => p.nullable)
          .flatMap((p): [string, Record<string, unknown>][] => [
            [`${p.name} null`, { ...full(0), [p.name]: null }],
            [`${p.name} left out`, Object.fromEntries(Object.entries(full(0)).filter(([name]) => name !== p.name))],
          ]),
      ];
      for (const [label, values] of accepted) {
        problems.push(...checkOperationAnswer(meta, op, await call(values), expect$()).map((p) => `${op.name} with ${label} → ${p}`));
      }
      problems.push(...(await refusedParameters(op, full(0), call)));
    }
    // What the actions left behind (revokeLicenses' result, a sync in progress) is part of the token.
    problems.push(...(await getEach(sim, [SEED_IDS.contosoSchools])));
    expect(problems).toEqual([]);
  });

  /** An operation that takes parameters refuses one left out, one mistyped and one it does not declare. */
  async function refusedParameters(op: OperationSummary, good: Record<string, unknown>, call: (values: Record<string, unknown>) => Promise<Answer>) {
    if (op.kind !== 'Action' || op.parameters.length === 0) return [];
    const refusals: [string, Record<string, unknown>][] = [['an undeclared parameter', { ...good, notDeclared: true }]];
    for (const p of op.parameters) {
      refusals.push([`${p.name} of the wrong type`, { ...good, [p.name]: [] }]);
      if (!p.nullable) refusals.push([`${p.name} left out`, Object.fromEntries(Object.entries(good).filter(([name]) => name !== p.name))]);
    }
    const problems: string[] = [];
    for (const [label, values] of refusals) problems.push(...checkError(await call(values), 400).map((p) => `${op.name} with ${label} → ${p}`));
    return problems;
  }

  it(`operations only ${otherVersion} declares are refused as unknown segments`, async () => {
    const sim = createGraphSimulator();
    const own = new Set(meta.boundOperations.map((op) => op.name));
    const problems: string[] = [];
    for (const op of METADATA[otherVersion].boundOperations.filter((o) => !own.has(o.name))) {
      const base = op.boundTo === 'entity' ? `${collection}/${SEED_IDS.contosoSchools}` : collection;
      const answer = await send(sim, op.kind === 'Function' ? 'GET' : 'POST', `${base}/${op.name}`, op.kind === 'Action' ? { body: {} } : {});
      problems.push(...checkError(answer, 400).map((p) => `${op.name} → ${p}`));
    }
    expect(problems).toEqual([]);
  });

  it('$batch answers each request in the shape it would have alone', async () => {
    const sim = createGraphSimulator();
    const id = SEED_IDS.fabrikamDuplicate;
    const syncLicenses = meta.boundOperations.find((op) => op.name === 'syncLicenses');
    const requests = [
      { id: 'list', method: 'GET', url: `/${meta.entitySet}?$top=3` },
      { id: 'get', method: 'GET', url: `/${meta.entitySet}/${id}` },
      { id: 'patch', method: 'PATCH', url: `/${meta.entitySet}/${id}`, headers: { 'Content-Type': 'application/json' }, body: { appleId: 'batch@fabrikam.co.uk' } },
      { id: 'sync', method: 'POST', url: `/${meta.entitySet}/${id}/syncLicenses` },
      { id: 'missing', method: 'GET', url: `/${meta.entitySet}/00000000-0000-0000-0000-000000000000` },
      { id: 'after-missing', method: 'DELETE', url: `/${meta.entitySet}/${id}`, dependsOn: ['missing'] },
    ];
    const answer = await send(sim, 'POST', `/graph/${version}/$batch`, { body: { requests } });
    const problems = checkBatchEnvelope(answer, requests.map((r) => r.id));
    const inner = new Map(((answer.body as { responses: (Answer & { id: string })[] }).responses ?? []).map((r) => [r.id, r]));
    const of = (name: string): Answer => inner.get(name) ?? { status: 0, headers: {}, body: undefined };
    const checks: [string, string[]][] = [
      ['list', checkPage(meta, of('list'), expect$())],
      ['get', checkEntityAnswer(meta, of('get'), expect$())],
      ['patch', checkEntityAnswer(meta, of('patch'), expect$())],
      ['sync', syncLicenses ? checkOperationAnswer(meta, syncLicenses, of('sync'), expect$()) : ['syncLicenses is not declared']],
      ['missing', checkError(of('missing'), 404)],
      ['after-missing', checkError(of('after-missing'), 424)],
    ];
    for (const [name, found] of checks) problems.push(...found.map((p) => `$batch ${name} → ${p}`));
    expect(problems).toEqual([]);
  });

  it("errors, each in Graph's error shape", async () => {
    const sim = createGraphSimulator();
    const missing = `${collection}/00000000-0000-0000-0000-000000000000`;
    const existingFile = sim.state().find((t) => t.id === SEED_IDS.contosoSchools)?.token ?? '';
    const cases: [string, number, () => Promise<Answer>][] = [
      ['GET of a missing token', 404, () => send(sim, 'GET', missing)],
      ['PATCH of a missing token', 404, () => send(sim, 'PATCH', missing, { body: { appleId: 'a@b.c' } })],
      ['DELETE of a missing token', 404, () => send(sim, 'DELETE', missing)],
      ['syncLicenses of a missing token', 404, () => send(sim, 'POST', `${missing}/syncLicenses`)],
      ['$filter', 400, () => send(sim, 'GET', `${collection}?$filter=state eq 'valid'`)],
      ['$select of an undeclared property', 400, () => send(sim, 'GET', `${collection}?$select=lastAppCount`)],
      ['$top=0', 400, () => send(sim, 'GET', `${collection}?$top=0`)],
      ['an unreadable $skiptoken', 400, () => send(sim, 'GET', `${collection}?$skiptoken=nonsense`)],
      ['an undeclared property in a PATCH', 400, () => send(sim, 'PATCH', `${collection}/${SEED_IDS.contosoSchools}`, { body: { lastAppCount: 3 } })],
      ['a mistyped value in a PATCH', 400, () => send(sim, 'PATCH', `${collection}/${SEED_IDS.contosoSchools}`, { body: { automaticallyUpdateApps: 'yes' } })],
      ['a body that is not JSON', 400, () => send(sim, 'PATCH', `${collection}/${SEED_IDS.contosoSchools}`, { body: '{nope' })],
      ['a create without a token file', 400, () => send(sim, 'POST', collection, { body: { appleId: 'a@b.c' } })],
      ['a create with an unreadable token file', 400, () => send(sim, 'POST', collection, { body: { token: 'Token value' } })],
      ['an unknown segment', 400, () => send(sim, 'GET', `/graph/${version}/deviceAppManagement/iosVppApps`)],
      ['PUT on the collection', 405, () => send(sim, 'PUT', collection, { body: {} })],
      ['no bearer token', 401, () => send(sim, 'GET', collection, { anonymous: true })],
      ['a create with the file of a token already there', 409, () => send(sim, 'POST', collection, { body: { token: existingFile } })],
      ['a $batch of 21 requests', 400, () =>
        send(sim, 'POST', `/graph/${version}/$batch`, {
          body: { requests: Array.from({ length: 21 }, (_, i) => ({ id: String(i), method: 'GET', url: `/${meta.entitySet}` })) },
        })],
    ];
    const problems: string[] = [];
    for (const [label, status, request] of cases) problems.push(...checkError(await request(), status).map((p) => `${label} → ${p}`));

    const readOnly = createGraphSimulator({ authorize: async () => ({ ok: true, scopes: ['DeviceManagementServiceConfig.Read.All'] }) });
    const forbidden = await send(readOnly, 'PATCH', `${collection}/${SEED_IDS.contosoSchools}`, { body: { appleId: 'a@b.c' } });
    problems.push(...checkError(forbidden, 403).map((p) => `a write with a read-only scope → ${p}`));

    await send(sim, 'POST', '/graph/_simulator/settings', { body: { writeLimit: { writes: 1, windowMs: 60_000 } } });
    await send(sim, 'PATCH', `${collection}/${SEED_IDS.contosoSchools}`, { body: { appleId: 'a@b.c' } });
    const throttled = await send(sim, 'PATCH', `${collection}/${SEED_IDS.contosoSchools}`, { body: { appleId: 'a@b.c' } });
    problems.push(...checkError(throttled, 429).map((p) => `a write past the limit → ${p}`));
    expect(throttled.headers['retry-after']).toMatch(/^\d+$/);

    await send(sim, 'POST', '/graph/_simulator/faults', { body: { path: '/vppTokens', status: 503, retryAfter: 2, intuneMessage: true } });
    problems.push(...checkError(await send(sim, 'GET', collection), 503).map((p) => `a 503 fault → ${p}`));
    expect(problems).toEqual([]);
  });
});
