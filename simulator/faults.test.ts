import { describe, expect, it } from 'vitest';
import { createGraphSimulator } from './graph-simulator.ts';
import { SEED_IDS } from './seed.ts';
import { call, graphRequest, TOKENS } from './test-support.ts';

const ID = SEED_IDS.contosoSchools;
const FAULTS = '/graph/_simulator/faults';

describe('scripted faults', () => {
  it('fails exactly `times` matching requests, then answers normally again', async () => {
    const sim = createGraphSimulator();
    await call(sim, 'POST', FAULTS, { body: { method: 'patch', path: '/vppTokens/', status: 503, times: 2, retryAfter: 2, code: 'serviceUnavailable' } });
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await call(sim, 'PATCH', `${TOKENS}/${ID}`, { body: { displayName: `n${i}` } })).status);
    expect(statuses).toEqual([503, 503, 200]);
    expect(sim.state().find((t) => t.id === ID)!.displayName).toBe('n2');
  });

  it('matches on method and path: other methods and the collection URL are untouched', async () => {
    const sim = createGraphSimulator();
    await call(sim, 'POST', FAULTS, { body: { method: 'PATCH', path: '/vppTokens/', status: 500 } });
    expect((await call(sim, 'GET', `${TOKENS}/${ID}`)).status).toBe(200);
    expect((await call(sim, 'GET', TOKENS)).status).toBe(200);
    expect((await call(sim, 'GET', '/graph/_simulator/faults')).body.faults).toHaveLength(1);
    expect((await call(sim, 'PATCH', `${TOKENS}/${ID}`, { body: {} })).status).toBe(500);
    expect((await call(sim, 'GET', '/graph/_simulator/faults')).body.faults).toHaveLength(0);
  });

  it('without a method, matches any method', async () => {
    const sim = createGraphSimulator();
    await call(sim, 'POST', FAULTS, { body: { path: 'vppTokens', status: 429, retryAfter: 7 } });
    const answer = await call(sim, 'GET', TOKENS);
    expect(answer.status).toBe(429);
    expect(answer.body.error.code).toBe('TooManyRequests');
    expect(answer.headers.get('retry-after')).toBe('7');
  });

  it('sends the Retry-After header and the given code in the Graph error body', async () => {
    const sim = createGraphSimulator();
    await call(sim, 'POST', FAULTS, { body: { method: 'PATCH', path: '/vppTokens/', status: 503, retryAfter: 2, code: 'serviceUnavailable' } });
    const answer = await call(sim, 'PATCH', `${TOKENS}/${ID}`, { body: {}, headers: { 'client-request-id': 'x-1' } });
    expect(answer.headers.get('retry-after')).toBe('2');
    expect(answer.body.error.code).toBe('serviceUnavailable');
    expect(answer.body.error.innerError['client-request-id']).toBe('x-1');
  });

  it('can wrap its message the way Intune does', async () => {
    const sim = createGraphSimulator();
    await call(sim, 'POST', FAULTS, { body: { status: 500, intuneMessage: true, message: 'Apple VPP service did not answer.', retryAfter: 3 } });
    const answer = await call(sim, 'GET', TOKENS);
    const inner = JSON.parse(answer.body.error.message);
    expect(inner.CustomApiErrorPhrase).toBe('Apple VPP service did not answer.');
    expect(inner.RetryAfter).toBe(3);
  });

  it("answers a 400 naming a property: Invalid value for property 'displayName'", async () => {
    const sim = createGraphSimulator();
    await call(sim, 'POST', FAULTS, { body: { method: 'PATCH', status: 400, property: 'displayName' } });
    const answer = await call(sim, 'PATCH', `${TOKENS}/${ID}`, { body: { displayName: 'ok' } });
    expect(answer.status).toBe(400);
    expect(answer.body.error.code).toBe('BadRequest');
    expect(answer.body.error.message).toBe("Invalid value for property 'displayName'.");
  });

  it('status 0 drops the connection: handle answers Response.error() and changes nothing', async () => {
    const sim = createGraphSimulator();
    await call(sim, 'POST', FAULTS, { body: { method: 'PATCH', status: 0 } });
    const response = await sim.handle(graphRequest('PATCH', `${TOKENS}/${ID}`, { body: { displayName: 'lost' } }));
    expect(response.type).toBe('error');
    expect(response.status).toBe(0);
    expect(sim.state().find((t) => t.id === ID)!.displayName).not.toBe('lost');
  });

  it('delays the answer by delayMs', async () => {
    const sim = createGraphSimulator();
    await call(sim, 'POST', FAULTS, { body: { status: 504, delayMs: 60 } });
    const started = performance.now();
    expect((await call(sim, 'GET', TOKENS)).status).toBe(504);
    expect(performance.now() - started).toBeGreaterThanOrEqual(55);
  });

  it('status 200 carries the request out at once and answers delayMs late, as a client that gave up never hears', async () => {
    const sim = createGraphSimulator();
    await call(sim, 'POST', FAULTS, { body: { method: 'PATCH', status: 200, delayMs: 80 } });
    const started = performance.now();
    const answering = call(sim, 'PATCH', `${TOKENS}/${ID}`, { body: { displayName: 'Stored before the answer' } });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(sim.state().find((t) => t.id === ID)!.displayName).toBe('Stored before the answer');
    const answer = await answering;
    expect(performance.now() - started).toBeGreaterThanOrEqual(75);
    expect(answer.status).toBe(200);
    expect(answer.body.displayName).toBe('Stored before the answer');
  });

  it('status 204 carries the request out and answers without a body, for calls documented to answer 200', async () => {
    const sim = createGraphSimulator();
    await call(sim, 'POST', FAULTS, { body: { method: 'POST', path: '/syncLicenses', status: 204 } });
    const answer = await call(sim, 'POST', `${TOKENS}/${ID}/syncLicenses`);
    expect(answer.status).toBe(204);
    expect(answer.body).toBeUndefined();
    expect(answer.headers.get('request-id')).toBeTruthy();
    expect(sim.state().find((t) => t.id === ID)!.lastSyncStatus).toBe('inProgress');
  });

  it('a success fault leaves a refusal alone: a PATCH of a missing token still answers 404', async () => {
    const sim = createGraphSimulator();
    await call(sim, 'POST', FAULTS, { body: { method: 'PATCH', status: 204 } });
    expect((await call(sim, 'PATCH', `${TOKENS}/no-such-token`, { body: { displayName: 'x' } })).status).toBe(404);
  });

  it('with nextLink, the next list page carries that link instead of its own', async () => {
    const sim = createGraphSimulator();
    await call(sim, 'POST', FAULTS, { body: { method: 'GET', path: '/vppTokens', status: 200, nextLink: 'https://evil.example/steal' } });
    const broken = await call(sim, 'GET', TOKENS);
    expect(broken.body['@odata.nextLink']).toBe('https://evil.example/steal');
    expect(broken.body.value).toHaveLength(13);
    expect((await call(sim, 'GET', TOKENS)).body['@odata.nextLink']).toBeUndefined();
  });

  it('DELETE clears pending faults; reset clears them too', async () => {
    const sim = createGraphSimulator();
    await call(sim, 'POST', FAULTS, { body: [{ status: 500 }, { status: 502 }] });
    expect((await call(sim, 'GET', FAULTS)).body.faults).toHaveLength(2);
    expect((await call(sim, 'DELETE', FAULTS)).status).toBe(204);
    expect((await call(sim, 'GET', TOKENS)).status).toBe(200);
    await call(sim, 'POST', FAULTS, { body: { status: 500 } });
    await call(sim, 'POST', '/graph/_simulator/reset');
    expect((await call(sim, 'GET', TOKENS)).status).toBe(200);
  });

  it('refuses a malformed fault with 400', async () => {
    const sim = createGraphSimulator();
    expect((await call(sim, 'POST', FAULTS, { body: { status: 302 } })).status).toBe(400);
    expect((await call(sim, 'POST', FAULTS, { body: { status: 500, nextLink: 'x' } })).status).toBe(400);
    expect((await call(sim, 'POST', FAULTS, { body: { status: 503, times: 0 } })).status).toBe(400);
    expect((await call(sim, 'POST', FAULTS, { body: { status: 503, colour: 'red' } })).status).toBe(400);
  });
});
