import { describe, expect, it } from 'vitest';
import { SEED_IDS } from './seed.ts';
import { call, simulatorWithClock, TOKENS } from './test-support.ts';
import { encodeTokenFile, formatAppleDate } from './token-file.ts';

const ID = SEED_IDS.contosoSchools;
const DAY = 86_400_000;

describe('PATCH vppTokens/{id}', () => {
  it('changes only the given properties and moves lastModifiedDateTime to now', async () => {
    const { sim, clock } = simulatorWithClock();
    const before = sim.state().find((t) => t.id === ID)!;
    clock.now += 60_000;
    const answer = await call(sim, 'PATCH', `${TOKENS}/${ID}`, { body: { displayName: 'Renamed', automaticallyUpdateApps: false } });
    expect(answer.status).toBe(200);
    const after = sim.state().find((t) => t.id === ID)!;
    expect(after).toEqual({ ...before, displayName: 'Renamed', automaticallyUpdateApps: false, lastModifiedDateTime: new Date(clock.now).toISOString() });
    expect(answer.body).toMatchObject({ id: ID, displayName: 'Renamed', '@odata.context': expect.stringContaining('$entity') });
  });

  it('ignores server-set properties sent in the body', async () => {
    const { sim } = simulatorWithClock();
    const before = sim.state().find((t) => t.id === ID)!;
    const answer = await call(sim, 'PATCH', `${TOKENS}/${ID}`, {
      body: {
        id: 'other',
        state: 'expired',
        lastSyncStatus: 'failed',
        organizationName: 'Hacked',
        expirationDateTime: '2000-01-01T00:00:00Z',
        lastSyncDateTime: '2000-01-01T00:00:00Z',
        locationName: 'x',
        appleDeviceAppDeliveryProtocolType: 'default',
        tokenActionResults: [],
        '@odata.type': '#microsoft.graph.vppToken',
        appleId: 'new@contoso.edu',
      },
    });
    expect(answer.status).toBe(200);
    const after = sim.state().find((t) => t.id === ID)!;
    expect(after).toMatchObject({
      id: ID,
      state: before.state,
      lastSyncStatus: before.lastSyncStatus,
      organizationName: before.organizationName,
      expirationDateTime: before.expirationDateTime,
      locationName: before.locationName,
      appleId: 'new@contoso.edu',
    });
  });

  it("accepts Microsoft's own Update example once its placeholder writable values are made valid", async () => {
    // The published example (graph-update-vpptoken.md) sends placeholders. The server-set ones
    // ("state": "String", "lastSyncStatus": "String", tokenActionResults...) are ignored like any
    // server-set property. Three placeholders are writable and would be invalid on real Graph too,
    // so they are replaced: vppTokenAccountType "String" (not an enum member), token "Token value"
    // (not a token file) and countryOrRegion "Country Or Region value" (not two letters).
    const { sim } = simulatorWithClock();
    const example = {
      '@odata.type': '#microsoft.graph.vppToken',
      organizationName: 'Organization Name value',
      vppTokenAccountType: 'education',
      appleId: 'Apple Id value',
      expirationDateTime: '2017-01-01T00:01:27.2282595+03:00',
      lastSyncDateTime: '2016-12-31T23:56:56.1979703+03:00',
      token: encodeTokenFile({ token: 'bmV3LXNlY3JldA==', expDate: '2027-06-01T00:00:00+0000', orgName: 'Contoso Independent School District' }),
      state: 'String',
      tokenActionResults: [
        {
          '@odata.type': 'microsoft.graph.vppTokenActionResult',
          actionName: 'Action Name value',
          actionState: 'String',
          startDateTime: '2017-01-01T00:00:14.2767228+03:00',
          lastUpdatedDateTime: '2017-01-01T00:02:06.1258154+03:00',
        },
      ],
      lastSyncStatus: 'String',
      automaticallyUpdateApps: true,
      countryOrRegion: 'us',
      dataSharingConsentGranted: true,
      displayName: 'Display Name value',
      locationName: 'Location Name value',
      claimTokenManagementFromExternalMdm: true,
      roleScopeTagIds: ['Role Scope Tag Ids value'],
    };
    const answer = await call(sim, 'PATCH', `${TOKENS}/${ID}`, { body: example });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      displayName: 'Display Name value',
      appleId: 'Apple Id value',
      vppTokenAccountType: 'education',
      roleScopeTagIds: ['Role Scope Tag Ids value'],
      organizationName: 'Contoso Independent School District',
      expirationDateTime: '2027-06-01T00:00:00.000Z',
      state: 'valid',
    });
    expect(answer.body.lastSyncStatus).not.toBe('String');
  });

  it.each([
    ['an unknown property', { foo: 1 }, 'foo'],
    ['displayName of the wrong type', { displayName: 5 }, 'displayName'],
    ['automaticallyUpdateApps as a string', { automaticallyUpdateApps: 'yes' }, 'automaticallyUpdateApps'],
    ['roleScopeTagIds that are not strings', { roleScopeTagIds: [0, 1] }, 'roleScopeTagIds'],
    ['roleScopeTagIds that is not an array', { roleScopeTagIds: '0' }, 'roleScopeTagIds'],
    ['an invalid enum value', { vppTokenAccountType: 'String' }, 'vppTokenAccountType'],
    ['a displayName over 256 characters', { displayName: 'x'.repeat(257) }, 'displayName'],
    ['a countryOrRegion that is not two letters', { countryOrRegion: 'usa' }, 'countryOrRegion'],
    ['a wrong @odata.type', { '@odata.type': '#microsoft.graph.user' }, '@odata.type'],
  ])('answers 400 BadRequest naming the property for %s', async (_label, body, property) => {
    const { sim } = simulatorWithClock();
    const before = sim.state();
    const answer = await call(sim, 'PATCH', `${TOKENS}/${ID}`, { body });
    expect(answer.status).toBe(400);
    expect(answer.body.error.code).toBe('BadRequest');
    expect(answer.body.error.message).toContain(`'${property}'`);
    expect(sim.state()).toEqual(before);
  });

  it('accepts a displayName of exactly 256 characters', async () => {
    const { sim } = simulatorWithClock();
    expect((await call(sim, 'PATCH', `${TOKENS}/${ID}`, { body: { displayName: 'x'.repeat(256) } })).status).toBe(200);
  });

  it('answers 400 for a body that is not JSON or not labelled as JSON', async () => {
    const { sim } = simulatorWithClock();
    expect((await call(sim, 'PATCH', `${TOKENS}/${ID}`, { body: '{oops' })).status).toBe(400);
    const unlabelled = await call(sim, 'PATCH', `${TOKENS}/${ID}`, { body: '{}', headers: { 'Content-Type': 'text/plain' } });
    expect(unlabelled.status).toBe(400);
  });

  it('answers 404 for an unknown id', async () => {
    const { sim } = simulatorWithClock();
    const answer = await call(sim, 'PATCH', `${TOKENS}/nope`, { body: { displayName: 'x' } });
    expect(answer.status).toBe(404);
    expect(answer.body.error.code).toBe('ResourceNotFound');
  });

  it('answers 204 No Content when settings.patchAnswers is 204, and still applies the change', async () => {
    const { sim } = simulatorWithClock();
    await call(sim, 'POST', '/graph/_simulator/settings', { body: { patchAnswers: 204 } });
    const answer = await call(sim, 'PATCH', `${TOKENS}/${ID}`, { body: { displayName: 'Quiet' } });
    expect(answer.status).toBe(204);
    expect(answer.body).toBeUndefined();
    expect(sim.state().find((t) => t.id === ID)!.displayName).toBe('Quiet');
  });

  it('renews with a new token file: expiry, organization and state come from the file', async () => {
    const { sim, clock } = simulatorWithClock();
    const id = SEED_IDS.litwareExpired;
    const expires = clock.now + 365 * DAY;
    const file = encodeTokenFile({ token: 'cmVuZXdlZA==', expDate: formatAppleDate(expires), orgName: 'Litware, Inc. (renewed)' });
    const answer = await call(sim, 'PATCH', `${TOKENS}/${id}`, { body: { token: file } });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      state: 'valid',
      organizationName: 'Litware, Inc. (renewed)',
      expirationDateTime: new Date(Math.floor(expires / 1000) * 1000).toISOString(),
      token: file,
    });
  });

  it('marks a token expired when the uploaded file has already expired', async () => {
    const { sim, clock } = simulatorWithClock();
    const file = encodeTokenFile({ token: 'b2xk', expDate: formatAppleDate(clock.now - DAY), orgName: 'Contoso' });
    const answer = await call(sim, 'PATCH', `${TOKENS}/${ID}`, { body: { token: file } });
    expect(answer.body.state).toBe('expired');
  });

  it("refuses an undecodable token with 400 and Intune's JSON-in-message naming 'token'", async () => {
    const { sim } = simulatorWithClock();
    const answer = await call(sim, 'PATCH', `${TOKENS}/${ID}`, { body: { token: 'Token value' } });
    expect(answer.status).toBe(400);
    const inner = JSON.parse(answer.body.error.message);
    expect(inner).toMatchObject({ _version: 3, RetryAfter: null, ErrorSourceService: '', HttpHeaders: '{}' });
    expect(inner.Message).toMatch(/^An error has occurred - Operation ID \(for customer support\): 0{8}-/);
    expect(inner.Message).toContain(`Activity ID: ${answer.headers.get('request-id')}`);
    expect(inner.CustomApiErrorPhrase).toContain("'token'");
  });
});
