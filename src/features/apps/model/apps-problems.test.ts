import { describe, expect, it } from 'vitest';
import { GraphError } from '../../../graph/graph-error';
import { describeAppsReadFailure, describeRevokeRequestFailure, lacksAppsPermission } from './apps-problems';

const graphError = (status: number, message = 'Graph says no.') => new GraphError({ kind: 'http', status, code: 'x', message });

describe('describeAppsReadFailure', () => {
  it('names the missing permission when Graph refuses the apps read with 403', () => {
    expect(lacksAppsPermission(graphError(403))).toBe(true);
    expect(describeAppsReadFailure(graphError(403))).toContain('DeviceManagementApps.Read.All');
  });

  it("passes any other failure on in Graph's own words", () => {
    expect(lacksAppsPermission(graphError(500))).toBe(false);
    expect(describeAppsReadFailure(graphError(500, 'The Intune service had a problem.'))).toBe('The Intune service had a problem.');
  });
});

describe('describeRevokeRequestFailure', () => {
  it("names the token's permission for the token's revoke and the apps' for an app's", () => {
    expect(describeRevokeRequestFailure(graphError(403), 'token')).toContain('DeviceManagementServiceConfig.ReadWrite.All');
    expect(describeRevokeRequestFailure(graphError(403), 'app')).toContain('DeviceManagementApps.ReadWrite.All');
    expect(describeRevokeRequestFailure(graphError(409, 'A revoke is already running.'), 'app')).toBe('A revoke is already running.');
  });

  it('says a 404 means the token, or the app on it, was deleted elsewhere, not a Graph error to retry', () => {
    expect(describeRevokeRequestFailure(graphError(404, 'Not found.'), 'token')).toMatch(/token no longer exists in Intune: it was deleted elsewhere/);
    expect(describeRevokeRequestFailure(graphError(404, 'Not found.'), 'app')).toMatch(/no longer has this app on the token: it was removed elsewhere/);
  });
});
