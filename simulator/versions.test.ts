import { describe, expect, it } from 'vitest';
import { createGraphSimulator } from './graph-simulator.ts';
import { SEED_IDS } from './seed.ts';
import { call, TOKENS, type Json } from './test-support.ts';
import { BETA_ONLY_PROPERTIES, BETA_PROPERTIES, V1_PROPERTIES } from './vpp-token.ts';

const V1 = '/graph/v1.0/deviceAppManagement/vppTokens';

describe('v1.0 and beta', () => {
  it('v1.0 answers exactly the v1.0 properties; beta answers all of them', async () => {
    const sim = createGraphSimulator();
    const v1 = await call(sim, 'GET', V1);
    const beta = await call(sim, 'GET', TOKENS);
    for (const token of v1.body.value as Json[]) {
      expect(Object.keys(token).filter((k) => !k.startsWith('@')).sort()).toEqual([...V1_PROPERTIES].sort());
    }
    for (const token of beta.body.value as Json[]) {
      expect(Object.keys(token).filter((k) => !k.startsWith('@')).sort()).toEqual([...BETA_PROPERTIES].sort());
    }
    expect(v1.body['@odata.context']).toBe('http://localhost:5173/graph/v1.0/$metadata#deviceAppManagement/vppTokens');
  });

  it('beta-only are the seven properties beta declares and v1.0 does not', () => {
    expect([...BETA_ONLY_PROPERTIES].sort()).toEqual([
      'appleDeviceAppDeliveryProtocolType',
      'claimTokenManagementFromExternalMdm',
      'dataSharingConsentGranted',
      'displayName',
      'locationName',
      'roleScopeTagIds',
      'tokenActionResults',
    ]);
  });

  it.each(BETA_ONLY_PROPERTIES)(
    'v1.0 refuses the beta-only property %s in a PATCH with 400 naming it',
    async (property) => {
      const sim = createGraphSimulator();
      const answer = await call(sim, 'PATCH', `${V1}/${SEED_IDS.contosoSchools}`, { body: { [property]: null } });
      expect(answer.status).toBe(400);
      expect(answer.body.error.message).toContain(`'${property}'`);
    },
  );

  it('refuses lastAppCount, which a doc page lists but neither version declares, in $select and PATCH', async () => {
    const sim = createGraphSimulator();
    for (const base of [V1, TOKENS]) {
      expect((await call(sim, 'GET', `${base}?$select=lastAppCount`)).status).toBe(400);
      expect((await call(sim, 'PATCH', `${base}/${SEED_IDS.contosoSchools}`, { body: { lastAppCount: 3 } })).status).toBe(400);
    }
  });

  it('beta reports a duplicate location as duplicateLocationId; v1.0, whose enum lacks it, as unknown', async () => {
    const sim = createGraphSimulator();
    const id = SEED_IDS.fabrikamDuplicate;
    expect((await call(sim, 'GET', `${TOKENS}/${id}`)).body.state).toBe('duplicateLocationId');
    expect((await call(sim, 'GET', `${V1}/${id}`)).body.state).toBe('unknown');
    const v1List = await call(sim, 'GET', `${V1}?$select=state`);
    expect(v1List.body.value.find((t: Json) => t.id === id).state).toBe('unknown');
    expect(sim.state().find((t) => t.id === id)!.state).toBe('duplicateLocationId');
  });

  it('beta shows appleDeviceAppDeliveryProtocolType and ignores it in a PATCH; v1.0 neither shows nor accepts it', async () => {
    const sim = createGraphSimulator();
    const id = SEED_IDS.tokyoSyncInProgress;
    expect((await call(sim, 'GET', `${TOKENS}/${id}`)).body.appleDeviceAppDeliveryProtocolType).toBe('declarativeDeviceManagement');
    const patched = await call(sim, 'PATCH', `${TOKENS}/${id}`, { body: { appleDeviceAppDeliveryProtocolType: 'default' } });
    expect(patched.body.appleDeviceAppDeliveryProtocolType).toBe('declarativeDeviceManagement');
    expect((await call(sim, 'GET', `${V1}/${id}`)).body).not.toHaveProperty('appleDeviceAppDeliveryProtocolType');
  });

  it('v1.0 accepts its own writable properties', async () => {
    const sim = createGraphSimulator();
    const answer = await call(sim, 'PATCH', `${V1}/${SEED_IDS.contosoSchools}`, { body: { appleId: 'a@b.c', countryOrRegion: 'gb' } });
    expect(answer.status).toBe(200);
    expect(answer.body.displayName).toBeUndefined();
    expect(answer.body.countryOrRegion).toBe('gb');
  });

  it('v1.0 refuses $select of a beta-only property', async () => {
    const sim = createGraphSimulator();
    expect((await call(sim, 'GET', `${V1}?$select=displayName`)).status).toBe(400);
  });

  it('revokeLicenses and syncLicenseCounts exist in beta only', async () => {
    const sim = createGraphSimulator();
    const id = SEED_IDS.contosoSchools;
    expect((await call(sim, 'POST', `${TOKENS}/${id}/revokeLicenses`, { body: { notifyManagedDevices: true } })).status).toBe(204);
    expect((await call(sim, 'POST', `${TOKENS}/syncLicenseCounts`)).status).toBe(204);
    expect((await call(sim, 'POST', `${V1}/${id}/revokeLicenses`, { body: { notifyManagedDevices: true } })).status).toBe(400);
    expect((await call(sim, 'POST', `${V1}/syncLicenseCounts`)).status).toBe(400);
  });

  it('revokeLicenses records the action as the derived result type and refuses a missing or mistyped notifyManagedDevices', async () => {
    // Apple answers at once, so the result is final when read.
    const sim = createGraphSimulator({ revokeDelayMs: 0 });
    const id = SEED_IDS.contosoSchools;
    expect((await call(sim, 'POST', `${TOKENS}/${id}/revokeLicenses`)).status).toBe(400);
    expect((await call(sim, 'POST', `${TOKENS}/${id}/revokeLicenses`, { body: { notifyManagedDevices: 'yes' } })).status).toBe(400);
    await call(sim, 'POST', `${TOKENS}/${id}/revokeLicenses`, { body: { notifyManagedDevices: false } });
    expect(sim.state().find((t) => t.id === id)!.tokenActionResults).toEqual([
      expect.objectContaining({
        '@odata.type': '#microsoft.graph.vppTokenRevokeLicensesActionResult',
        actionName: 'RevokeLicenses',
        actionState: 'done',
        actionFailureReason: 'none',
      }),
    ]);
  });

  it.each([true, false, null])('revokeLicenses accepts revokeUntrackedLicenses %s beside notifyManagedDevices, answering 204', async (value) => {
    const sim = createGraphSimulator();
    const answer = await call(sim, 'POST', `${TOKENS}/${SEED_IDS.contosoSchools}/revokeLicenses`, {
      body: { notifyManagedDevices: true, revokeUntrackedLicenses: value },
    });
    expect(answer.status).toBe(204);
  });

  it('revokeLicenses refuses a parameter its metadata does not declare', async () => {
    const sim = createGraphSimulator();
    const answer = await call(sim, 'POST', `${TOKENS}/${SEED_IDS.contosoSchools}/revokeLicenses`, {
      body: { notifyManagedDevices: true, revokeAll: true },
    });
    expect(answer.status).toBe(400);
    expect(answer.body.error.message).toContain("'revokeAll'");
  });

  it('getLicensesForApp exists in beta only', async () => {
    const sim = createGraphSimulator();
    expect((await call(sim, 'GET', `${TOKENS}/getLicensesForApp(bundleId='com.example.app')`)).status).toBe(200);
    expect((await call(sim, 'GET', `${V1}/getLicensesForApp(bundleId='com.example.app')`)).status).toBe(400);
  });

  it('answers 400 for an unknown version or resource segment', async () => {
    const sim = createGraphSimulator();
    expect((await call(sim, 'GET', '/graph/v2.0/deviceAppManagement/vppTokens')).status).toBe(400);
    const answer = await call(sim, 'GET', '/graph/beta/deviceAppManagement/iosVppApps');
    expect(answer.status).toBe(400);
    expect(answer.body.error.message).toBe("Resource not found for the segment 'iosVppApps'.");
  });
});
