import type { SimulatorFault } from './fixtures';
import { seed } from './seed';

/**
 * The fault matrix as data: every Graph call the console makes, against every way Graph fails, with
 * what Graph must end up holding and what the admin must be told. e2e/fault-matrix.spec.ts turns each
 * row into a test, and the run writes docs/fault-matrix.md from the rows that passed.
 */
export const operations = ['save', 'delete', 'sync', 'list', 'apps', 'revoke', 'revokeToken', 'revokeUser', 'revokeDevice', 'history'] as const;
export type Operation = (typeof operations)[number];

export const operationLabels: Record<Operation, string> = {
  save: 'Save (PATCH)',
  delete: 'Delete (DELETE)',
  sync: 'Sync licenses (POST syncLicenses)',
  list: 'List (GET, paged)',
  apps: "A token's apps (GET mobileApps, paged)",
  revoke: 'Revoke all licenses of an app (POST revokeAllLicenses)',
  revokeToken: "Revoke a token's licenses (POST revokeLicenses)",
  // revokeUserLicense and revokeDeviceLicense share one code path (sendRevoke, revokeOptions); both are
  // here because each is its own Graph action with its own row in the panel.
  revokeUser: "Revoke one user's license of an app (POST revokeUserLicense)",
  revokeDevice: "Revoke one device's license of an app (POST revokeDeviceLicense)",
  history: "A token's history (GET auditEvents, a week at a time)",
};

const requests: Record<Operation, Pick<SimulatorFault, 'method' | 'path'>> = {
  save: { method: 'PATCH', path: '/vppTokens/' },
  delete: { method: 'DELETE', path: '/vppTokens/' },
  sync: { method: 'POST', path: '/syncLicenses' },
  list: { method: 'GET', path: '/vppTokens' },
  apps: { method: 'GET', path: '/mobileApps' },
  revoke: { method: 'POST', path: '/revokeAllLicenses' },
  revokeToken: { method: 'POST', path: '/revokeLicenses' },
  revokeUser: { method: 'POST', path: '/revokeUserLicense' },
  revokeDevice: { method: 'POST', path: '/revokeDeviceLicense' },
  history: { method: 'GET', path: '/auditEvents' },
};

/** The client timeout the timeout cases run with (config.json's graph.timeoutMs), and how late Graph answers them. */
export const shortTimeoutMs = 2000;
const lateByMs = shortTimeoutMs + 1500;

export type FaultKind = {
  key: string;
  label: string;
  /** Armed once the screen is ready. */
  fault?: Omit<SimulatorFault, 'method' | 'path'>;
  /** A call on one token meets a 404 for real: the token is deleted elsewhere first, so Graph's store and its answer agree. */
  deletedElsewhere?: boolean;
  /** Runs with the short client timeout. */
  slowerThanTimeout?: boolean;
  /** The wait a retry must honour: Graph's Retry-After in ms, or the client's own back-off when Graph gave none. */
  retryWait?: number | 'back-off';
};

export const faultKinds: readonly FaultKind[] = [
  { key: '400', label: '400 naming a property', fault: { status: 400, code: 'BadRequest', property: 'displayName' } },
  { key: '401', label: '401 (access token expired)', fault: { status: 401, code: 'InvalidAuthenticationToken' } },
  { key: '403', label: '403 Forbidden', fault: { status: 403, code: 'Forbidden' } },
  { key: '404', label: '404 Not Found', fault: { status: 404, code: 'ResourceNotFound' }, deletedElsewhere: true },
  { key: '409', label: '409 Conflict', fault: { status: 409, code: 'Conflict' } },
  { key: '412', label: '412 Precondition Failed', fault: { status: 412, code: 'PreconditionFailed' } },
  { key: '429-ra', label: '429 with Retry-After: 1', fault: { status: 429, code: 'TooManyRequests', retryAfter: 1 }, retryWait: 1000 },
  { key: '429', label: '429 without Retry-After', fault: { status: 429, code: 'TooManyRequests' }, retryWait: 'back-off' },
  { key: '500', label: '500 Internal Server Error', fault: { status: 500, code: 'InternalServerError' } },
  { key: '503', label: '503 with Retry-After: 1', fault: { status: 503, code: 'ServiceUnavailable', retryAfter: 1 }, retryWait: 1000 },
  { key: 'dropped', label: 'dropped connection', fault: { status: 0 } },
  { key: 'timeout', label: `answer slower than the client's timeout (${shortTimeoutMs / 1000} s)`, fault: { status: 200, delayMs: lateByMs }, slowerThanTimeout: true },
  { key: '204', label: '204 No Content where 200 was expected', fault: { status: 204 } },
];

/** What Graph holds once everything settles: the action happened, it did not, or the token is gone. */
export type GraphOutcome = 'done' | 'not done' | 'gone';

export const outcomeWords: Record<Operation, Partial<Record<GraphOutcome, string>>> = {
  save: { done: 'Graph stores the edit', 'not done': 'Graph keeps its value', gone: 'the token is gone' },
  delete: { done: 'Graph deletes the token', 'not done': 'Graph keeps the token', gone: 'the token is gone' },
  sync: { done: 'the sync runs', 'not done': 'no sync runs', gone: 'the token is gone' },
  list: { done: 'the list loads by itself', 'not done': 'the list loads on Retry' },
  apps: { done: 'the apps load by themselves', 'not done': 'the apps load on Retry' },
  revoke: { done: 'Apple frees the licenses', 'not done': 'the licenses stay in use', gone: 'the token and its apps are gone' },
  revokeToken: { done: "Apple frees the token's licenses", 'not done': 'the licenses stay in use', gone: 'the token and its apps are gone' },
  revokeUser: { done: "Apple frees the user's license", 'not done': 'the license stays in use', gone: 'the token and its apps are gone' },
  revokeDevice: { done: "Apple frees the device's license", 'not done': 'the license stays in use', gone: 'the token and its apps are gone' },
  history: { done: 'the history loads by itself', 'not done': 'the history loads on Retry' },
};

export type Expectation = {
  graph: GraphOutcome;
  /** Shown while the call waits to be tried again. */
  notice?: string;
  /** What the screen says happened: an alert's or toast's title, or the list's count. */
  title: string;
  /** What the message goes on to say, including what to do next. */
  says?: string;
};

const typed = 'Contoso Schools – typed edit';
const renamed = `Renamed to "${typed}"`;
const deleted = `Deleted ${seed.contoso.name}`;
const notDeleted = `${seed.contoso.name} was not deleted`;
const synced = 'Licenses synced';
const notSynced = 'The sync could not be started';
const notLoaded = 'The VPP tokens could not be loaded';
const listed = '13 tokens';
const retryLater = 'Try again in a moment; if it keeps failing, give support the request ID.';
const graphBadRequest = "Invalid value for property 'displayName'.";
const slowDown = 'Graph asked us to slow down: retrying in';
const changeOnly = 'Your account can read this token but not change it: that needs the DeviceManagementServiceConfig.ReadWrite.All permission.';

const appsNotLoaded = 'The apps could not be loaded';
// The seed's Contoso Schools holds five VPP apps (simulator/seed-apps.ts).
const appsShown = '5 apps';
const revoked = 'Licenses revoked: Graph shows them free.';
const notRevoked = 'The revoke was not started';
const mayHaveRevoked = 'The revoke may have started';

const appsExpectations: Record<string, Expectation> = {
  '400': { graph: 'not done', title: appsNotLoaded, says: graphBadRequest },
  '401': { graph: 'done', title: appsShown },
  '403': { graph: 'not done', title: 'You cannot see apps', says: 'reading apps needs the DeviceManagementApps.Read.All permission' },
  '404': { graph: 'not done', title: appsNotLoaded },
  '409': { graph: 'not done', title: appsNotLoaded },
  '412': { graph: 'not done', title: appsNotLoaded },
  '429-ra': { graph: 'done', title: appsShown },
  '429': { graph: 'done', title: appsShown },
  '500': { graph: 'not done', title: appsNotLoaded },
  '503': { graph: 'done', title: appsShown },
  dropped: { graph: 'done', title: appsShown },
  timeout: { graph: 'not done', title: appsNotLoaded, says: `Microsoft Graph didn't answer within ${shortTimeoutMs / 1000} seconds.` },
  '204': { graph: 'not done', title: appsNotLoaded, says: 'Graph answered a page without a list of apps.' },
};

const mayHaveRevokedSays = 'The counts here are read again and show what Graph holds';
const revokeNotice = 'Revoking: waiting for Apple';

/**
 * Every revoke (an app's, a token's, one user's or device's) is one mutation (revokeOptions) shown by
 * one RevokeProgress, so they meet Graph's failures alike; only the permission a 403 names differs
 * (an app's revokes need the apps permission, a token's the token (service config) one), and what
 * a 404 says is gone (the app on the token, or the token).
 */
function revokeExpectationsFor(permission: string, gone: string): Record<string, Expectation> {
  return {
    '400': { graph: 'not done', title: notRevoked, says: graphBadRequest },
    '401': { graph: 'done', title: revoked },
    '403': { graph: 'not done', title: notRevoked, says: `Your account cannot revoke these licenses: that needs the ${permission} permission.` },
    '404': { graph: 'gone', title: notRevoked, says: gone },
    '409': { graph: 'not done', title: notRevoked },
    '412': { graph: 'not done', title: notRevoked },
    '429-ra': { graph: 'done', notice: revokeNotice, title: revoked },
    '429': { graph: 'done', notice: revokeNotice, title: revoked },
    '500': { graph: 'not done', title: notRevoked },
    '503': { graph: 'done', notice: revokeNotice, title: revoked },
    dropped: { graph: 'not done', title: mayHaveRevoked, says: mayHaveRevokedSays },
    timeout: { graph: 'done', title: mayHaveRevoked, says: mayHaveRevokedSays },
    // Every revoke is documented to answer 204: this is the ordinary success.
    '204': { graph: 'done', title: revoked },
  };
}

const appGone = 'Intune no longer has this app on the token: it was removed elsewhere';
const revokeExpectations = revokeExpectationsFor('DeviceManagementApps.ReadWrite.All', appGone);
const revokeTokenExpectations = revokeExpectationsFor('DeviceManagementServiceConfig.ReadWrite.All', 'This token no longer exists in Intune: it was deleted elsewhere');
const revokeOneExpectations = revokeExpectationsFor('DeviceManagementApps.ReadWrite.All', appGone);

const historyNotLoaded = 'The history could not be loaded';
// The seed's week of changes to Contoso Schools: its rename, two to seven days ago (simulator/audit-seed.ts).
const historyShown = '1 change since';

const historyExpectations: Record<string, Expectation> = {
  '400': { graph: 'not done', title: historyNotLoaded, says: graphBadRequest },
  '401': { graph: 'done', title: historyShown },
  '403': { graph: 'not done', title: 'You cannot see this token’s history', says: 'Reading Intune’s audit log needs the DeviceManagementApps.Read.All permission.' },
  '404': { graph: 'not done', title: historyNotLoaded },
  '409': { graph: 'not done', title: historyNotLoaded },
  '412': { graph: 'not done', title: historyNotLoaded },
  '429-ra': { graph: 'done', title: historyShown },
  '429': { graph: 'done', title: historyShown },
  '500': { graph: 'not done', title: historyNotLoaded },
  '503': { graph: 'done', title: historyShown },
  dropped: { graph: 'done', title: historyShown },
  timeout: { graph: 'not done', title: historyNotLoaded, says: `Microsoft Graph didn't answer within ${shortTimeoutMs / 1000} seconds.` },
  '204': { graph: 'not done', title: historyNotLoaded },
};

export const expectations: Record<Operation, Record<string, Expectation>> = {
  save: {
    '400': { graph: 'not done', title: 'Graph refused the change', says: `${graphBadRequest} Correct it and save again.` },
    '401': { graph: 'done', title: renamed },
    '403': { graph: 'not done', title: 'Read-only: your account can view this token but not change it.', says: 'Changing it needs the DeviceManagementServiceConfig.ReadWrite.All permission.' },
    '404': { graph: 'gone', title: 'This token was deleted elsewhere', says: 'It no longer exists in Intune, so the changes could not be saved.' },
    '409': { graph: 'not done', title: 'The token changed while you were editing', says: 'Review the values shown and save again.' },
    '412': { graph: 'not done', title: 'The token changed while you were editing', says: 'Review the values shown and save again.' },
    '429-ra': { graph: 'done', notice: slowDown, title: renamed },
    '429': { graph: 'done', notice: slowDown, title: renamed },
    '500': { graph: 'not done', title: 'The changes were not saved', says: 'Your edits are kept: save again in a moment; if it keeps failing, give support the request ID.' },
    '503': { graph: 'done', notice: 'Graph is busy: retrying in', title: renamed },
    dropped: { graph: 'not done', title: 'The connection dropped before Graph answered', says: 'Your edits are kept. Check your connection, then retry' },
    timeout: { graph: 'done', title: 'Graph took too long to answer', says: 'The change may or may not have been stored; the token shows what Graph holds now.' },
    '204': { graph: 'done', title: renamed },
  },
  delete: {
    '400': { graph: 'not done', title: notDeleted, says: `${graphBadRequest} It is back in the list. ${retryLater}` },
    '401': { graph: 'done', title: deleted },
    '403': { graph: 'not done', title: notDeleted, says: `${changeOnly} It is back in the list. Ask an Intune administrator to grant it.` },
    '404': { graph: 'gone', title: deleted },
    '409': { graph: 'not done', title: notDeleted, says: 'Intune cannot delete the token in its current state: wait for any sync to finish, refresh, then delete it again.' },
    '412': { graph: 'not done', title: notDeleted, says: 'The token changed since this page read it: refresh, then delete it again.' },
    '429-ra': { graph: 'done', title: deleted },
    '429': { graph: 'done', title: deleted },
    '500': { graph: 'not done', title: notDeleted, says: `It is back in the list. ${retryLater}` },
    '503': { graph: 'done', title: deleted },
    dropped: { graph: 'not done', title: `${seed.contoso.name} may not have been deleted`, says: 'The connection dropped before Graph answered. Check your connection, then delete it again if it is still in the list.' },
    timeout: { graph: 'done', title: `${seed.contoso.name} may not have been deleted`, says: 'The token may have been deleted all the same: the list shows what Graph holds now.' },
    // DELETE is documented to answer 204: this is the ordinary success.
    '204': { graph: 'done', title: deleted },
  },
  sync: {
    '400': { graph: 'not done', title: notSynced, says: `${graphBadRequest} ${retryLater}` },
    '401': { graph: 'done', title: synced },
    '403': { graph: 'not done', title: notSynced, says: `${changeOnly} Ask an Intune administrator to grant it.` },
    '404': { graph: 'gone', title: notSynced, says: 'This token no longer exists in Intune: it was deleted elsewhere. Go back to the list of VPP tokens.' },
    '409': { graph: 'not done', title: notSynced, says: 'Intune cannot start a sync now, often because one is under way: wait for it to finish, then sync again.' },
    '412': { graph: 'not done', title: notSynced, says: 'The token changed since this page read it: refresh, then sync again.' },
    '429-ra': { graph: 'done', title: synced },
    '429': { graph: 'done', title: synced },
    '500': { graph: 'not done', title: notSynced, says: retryLater },
    '503': { graph: 'done', title: synced },
    dropped: { graph: 'not done', title: 'The sync may not have started', says: 'The connection dropped before Graph answered. Check your connection, then sync again.' },
    timeout: { graph: 'done', title: 'The sync may not have started', says: 'The sync may have started all the same: the token shows what Graph holds now; sync again if it did not.' },
    '204': { graph: 'done', title: synced },
  },
  list: {
    '400': { graph: 'not done', title: notLoaded, says: `${graphBadRequest} ${retryLater}` },
    '401': { graph: 'done', title: listed },
    '403': {
      graph: 'not done',
      title: notLoaded,
      says: "Your account can't read VPP tokens: that needs the DeviceManagementServiceConfig.Read.All or DeviceManagementServiceConfig.ReadWrite.All permission. Ask an Intune administrator to grant it.",
    },
    '404': { graph: 'not done', title: notLoaded, says: 'Check graph.baseUrl and graph.version in config.json, then retry.' },
    '409': { graph: 'not done', title: notLoaded, says: retryLater },
    '412': { graph: 'not done', title: notLoaded, says: retryLater },
    '429-ra': { graph: 'done', notice: 'Graph asked us to wait 1 s. The tokens keep loading after that.', title: listed },
    '429': { graph: 'done', notice: 'Graph asked us to slow down. The tokens keep loading in a moment.', title: listed },
    '500': { graph: 'not done', title: notLoaded, says: retryLater },
    '503': { graph: 'done', notice: 'Graph is not answering right now. Trying again…', title: listed },
    dropped: { graph: 'done', notice: 'Graph is not answering right now. Trying again…', title: listed },
    timeout: { graph: 'not done', title: notLoaded, says: `Microsoft Graph didn't answer within ${shortTimeoutMs / 1000} seconds. Retry in a moment.` },
    '204': { graph: 'not done', title: notLoaded, says: `Graph answered a page without a list of tokens. ${retryLater}` },
  },
  apps: appsExpectations,
  revoke: revokeExpectations,
  revokeToken: revokeTokenExpectations,
  revokeUser: revokeOneExpectations,
  revokeDevice: revokeOneExpectations,
  history: historyExpectations,
};

export const typedName = typed;

const collectionReads: readonly Operation[] = ['list', 'apps', 'history'];

export type FaultCase = { operation: Operation; kind: FaultKind; fault?: SimulatorFault; expectation: Expectation };

export const faultCases: FaultCase[] = operations.flatMap((operation) =>
  faultKinds.map((kind) => ({
    operation,
    kind,
    // A collection read meets its 404 as a fault; a call on one token meets a token deleted for real.
    fault: kind.fault && !(kind.deletedElsewhere && !collectionReads.includes(operation)) ? { ...requests[operation], times: 1, ...kind.fault } : undefined,
    expectation: expectations[operation][kind.key]!,
  })),
);
