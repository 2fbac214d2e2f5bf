import { http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createGraphSimulator } from '../../../../simulator/graph-simulator.ts';
import { createGraphClient } from '../../../graph/graph-client';
import betaMetadata from '../../../../simulator/metadata/vpptoken-beta.json' with { type: 'json' };
import v1Metadata from '../../../../simulator/metadata/vpptoken-v1.0.json' with { type: 'json' };
import { betaOnlyTokenProperties } from '../model/graph-versions';
import { fetchTokenList, listPageSize, listProperties, listSelect } from './token-queries';

const origin = 'http://localhost:5173';
const simulator = createGraphSimulator();
const seen: URL[] = [];
const server = setupServer(
  http.all('*/graph/*', ({ request }) => {
    seen.push(new URL(request.url));
    return simulator.handle(request);
  }),
);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  seen.length = 0;
  simulator.reset();
});
afterAll(() => server.close());

describe('fetchTokenList', () => {
  it(`asks for ${listPageSize} tokens a page, so 3,000 tokens take 12 requests rather than 120`, async () => {
    simulator.reset(3000);
    const graph = createGraphClient({ baseUrl: '/graph', version: 'beta', getAccessToken: async () => 'token-1', origin });
    const tokens = await fetchTokenList(graph, {});
    expect(tokens).toHaveLength(3000);
    expect(new Set(tokens.map((token) => token.id)).size).toBe(3000);
    expect(seen).toHaveLength(3000 / listPageSize);
    expect(seen.every((url) => url.searchParams.get('$top') === String(listPageSize))).toBe(true);
  });
});

describe('what the list asks Graph for', () => {
  const declared = { beta: Object.keys(betaMetadata.entityType.properties), 'v1.0': Object.keys(v1Metadata.entityType.properties) } as const;

  it("selects only properties that version's published metadata declares", () => {
    for (const version of ['beta', 'v1.0'] as const) {
      for (const property of listSelect(version).split(',')) expect(declared[version], `${property} in ${version}`).toContain(property);
    }
  });

  it('leaves out in v1.0 exactly the listed properties that only beta declares, and the beta-only list matches the metadata', () => {
    const selectedInV1 = listSelect('v1.0').split(',');
    expect(listProperties.filter((property) => !selectedInV1.includes(property))).toEqual(
      listProperties.filter((property) => !declared['v1.0'].includes(property)),
    );
    expect([...betaOnlyTokenProperties].sort()).toEqual(declared.beta.filter((property) => !declared['v1.0'].includes(property)).sort());
  });
});
