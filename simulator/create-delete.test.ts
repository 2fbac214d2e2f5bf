import { describe, expect, it } from 'vitest';
import { SEED_IDS } from './seed.ts';
import { call, simulatorWithClock, TOKENS } from './test-support.ts';
import { decodeTokenFile, encodeTokenFile, formatAppleDate } from './token-file.ts';

const DAY = 86_400_000;

describe('POST vppTokens (add a token)', () => {
  it('answers 201 with the new entity: organization and expiry from the file, state valid, never synced', async () => {
    const { sim, clock } = simulatorWithClock();
    const expires = clock.now + 365 * DAY;
    const file = encodeTokenFile({ token: 'bmV3', expDate: formatAppleDate(expires), orgName: 'Alpine Ski House', locationName: 'Alpine – Zermatt' });
    const answer = await call(sim, 'POST', TOKENS, {
      body: { displayName: 'Alpine', appleId: 'vpp@alpineskihouse.ch', countryOrRegion: 'ch', vppTokenAccountType: 'business', dataSharingConsentGranted: true, token: file },
    });
    expect(answer.status).toBe(201);
    expect(answer.body).toMatchObject({
      displayName: 'Alpine',
      organizationName: 'Alpine Ski House',
      locationName: 'Alpine – Zermatt',
      expirationDateTime: new Date(Math.floor(expires / 1000) * 1000).toISOString(),
      state: 'valid',
      lastSyncStatus: 'none',
      lastSyncDateTime: '0001-01-01T00:00:00Z',
      lastModifiedDateTime: new Date(clock.now).toISOString(),
      token: file,
    });
    expect(answer.headers.get('location')).toContain(answer.body.id);
    expect((await call(sim, 'GET', `${TOKENS}/${answer.body.id}`)).status).toBe(200);
    expect(sim.state().at(-1)!.id).toBe(answer.body.id);
  });

  it('requires a token file and validates the body like PATCH', async () => {
    const { sim } = simulatorWithClock();
    const noToken = await call(sim, 'POST', TOKENS, { body: { displayName: 'x' } });
    expect(noToken.status).toBe(400);
    expect(noToken.body.error.message).toContain("'token'");
    const file = encodeTokenFile({ token: 'eA==', expDate: '2030-01-01T00:00:00+0000', orgName: 'X' });
    expect((await call(sim, 'POST', TOKENS, { body: { token: file, colour: 'red' } })).status).toBe(400);
  });

  it("refuses a file whose Apple secret is already uploaded: 409 Conflict with Intune's message naming the existing token", async () => {
    const { sim } = simulatorWithClock();
    const existing = sim.state().find((t) => t.id === SEED_IDS.fabrikamExpiresSoon)!;
    const secret = decodeTokenFile(existing.token!).token;
    const again = encodeTokenFile({ token: secret, expDate: '2030-01-01T00:00:00+0000', orgName: 'Fabrikam Retail Ltd' });
    const answer = await call(sim, 'POST', TOKENS, { body: { token: again } });
    expect(answer.status).toBe(409);
    expect(answer.body.error.code).toBe('Conflict');
    expect(JSON.parse(answer.body.error.message).CustomApiErrorPhrase).toContain(SEED_IDS.fabrikamExpiresSoon);
    expect(sim.state()).toHaveLength(13);
  });

  it('renewing a token with its own (new) file is not a duplicate, but with another token\'s secret is', async () => {
    const { sim } = simulatorWithClock();
    const own = decodeTokenFile(sim.state().find((t) => t.id === SEED_IDS.contosoSchools)!.token!).token;
    const other = decodeTokenFile(sim.state().find((t) => t.id === SEED_IDS.litwareExpired)!.token!).token;
    const renew = (secret: string) => encodeTokenFile({ token: secret, expDate: '2030-01-01T00:00:00+0000', orgName: 'Contoso' });
    expect((await call(sim, 'PATCH', `${TOKENS}/${SEED_IDS.contosoSchools}`, { body: { token: renew(own) } })).status).toBe(200);
    expect((await call(sim, 'PATCH', `${TOKENS}/${SEED_IDS.contosoSchools}`, { body: { token: renew(other) } })).status).toBe(409);
  });

  it('refuses a 3001st token', async () => {
    const { sim } = simulatorWithClock();
    sim.reset(3000);
    const file = encodeTokenFile({ token: 'b25lbW9yZQ==', expDate: '2030-01-01T00:00:00+0000', orgName: 'X' });
    expect((await call(sim, 'POST', TOKENS, { body: { token: file } })).status).toBe(400);
  });
});

describe('DELETE vppTokens/{id}', () => {
  it('answers 204 and removes the token; a second delete answers 404', async () => {
    const { sim } = simulatorWithClock();
    const id = SEED_IDS.fabrikamDuplicate;
    expect((await call(sim, 'DELETE', `${TOKENS}/${id}`)).status).toBe(204);
    expect(sim.state().some((t) => t.id === id)).toBe(false);
    expect((await call(sim, 'DELETE', `${TOKENS}/${id}`)).status).toBe(404);
  });
});
