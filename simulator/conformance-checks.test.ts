import { describe, expect, it } from 'vitest';
import { checkEntity, checkEntityAnswer, checkError, checkNoContent, checkOperationAnswer, checkPage, type Answer } from './conformance-checks.ts';
import { METADATA, operation } from './metadata.ts';

const beta = METADATA.beta;
const v1 = METADATA['v1.0'];
const ROOT = 'https://graph.microsoft.com/beta';
const JSON_HEADERS = { 'content-type': 'application/json; odata.metadata=minimal' };

const V1_TOKEN = {
  '@odata.type': '#microsoft.graph.vppToken',
  id: '1fa02c17-90ba-4f96-965e-bcfa1b00b328',
  organizationName: 'Contoso',
  vppTokenAccountType: 'education',
  appleId: null,
  expirationDateTime: '2027-01-05T10:00:00Z',
  lastSyncDateTime: '0001-01-01T00:00:00Z',
  token: 'eyJ0b2tlbiI6InNlY3JldCJ9',
  lastModifiedDateTime: '2026-01-15T09:00:00.1234567Z',
  state: 'valid',
  lastSyncStatus: 'none',
  automaticallyUpdateApps: false,
  countryOrRegion: 'us',
};

const BETA_TOKEN = {
  ...V1_TOKEN,
  tokenActionResults: [],
  dataSharingConsentGranted: true,
  displayName: 'Contoso Schools',
  locationName: null,
  claimTokenManagementFromExternalMdm: false,
  roleScopeTagIds: ['0'],
  appleDeviceAppDeliveryProtocolType: 'mobileDeviceManagement',
};

const REVOKE_RESULT = {
  '@odata.type': '#microsoft.graph.vppTokenRevokeLicensesActionResult',
  actionName: 'RevokeLicenses',
  actionState: 'done',
  startDateTime: '2026-01-15T09:00:00.000Z',
  lastUpdatedDateTime: '2026-01-15T09:00:00.000Z',
  actionFailureReason: 'none',
  totalLicensesCount: 3,
  failedLicensesCount: 0,
};

function answer(status: number, body?: unknown): Answer {
  return { status, headers: body === undefined ? {} : JSON_HEADERS, body };
}

describe('checkEntity', () => {
  it('finds nothing wrong with a token that has exactly the declared properties of its version', () => {
    expect(checkEntity(beta, BETA_TOKEN)).toEqual([]);
    expect(checkEntity(v1, V1_TOKEN)).toEqual([]);
  });

  it('reports a renamed property twice: as undeclared, and the declared one as missing', () => {
    const { displayName, ...rest } = BETA_TOKEN;
    expect(checkEntity(beta, { ...rest, displayname: displayName })).toEqual([
      '$.displayname: not declared on microsoft.graph.vppToken in beta',
      '$.displayName: declared on microsoft.graph.vppToken in beta but missing',
    ]);
  });

  it('reports beta-only properties and beta-only enum members in a v1.0 answer', () => {
    expect(checkEntity(v1, { ...V1_TOKEN, displayName: 'x', state: 'duplicateLocationId' })).toEqual([
      '$.displayName: not declared on microsoft.graph.vppToken in v1.0',
      "$.state: 'duplicateLocationId' is not a member of microsoft.graph.vppTokenState in v1.0 (unknown, valid, expired, invalid, assignedToExternalMDM)",
    ]);
  });

  it('reports a property the doc page lists but the metadata does not declare', () => {
    expect(checkEntity(beta, { ...BETA_TOKEN, lastAppCount: 3 })).toEqual(['$.lastAppCount: not declared on microsoft.graph.vppToken in beta']);
  });

  it('holds dates to UTC with Z, booleans and non-nullable properties to their types, collections to arrays', () => {
    expect(
      checkEntity(beta, {
        ...BETA_TOKEN,
        expirationDateTime: '2027-01-05T10:00:00+0000',
        lastModifiedDateTime: '2027-02-30T10:00:00Z',
        automaticallyUpdateApps: 'true',
        dataSharingConsentGranted: null,
        roleScopeTagIds: null,
        appleDeviceAppDeliveryProtocolType: null,
      }),
    ).toEqual([
      '$.appleDeviceAppDeliveryProtocolType: null, but microsoft.graph.appleDeviceDeliveryProtocol is not nullable here',
      '$.automaticallyUpdateApps: expected Edm.Boolean, got a string',
      '$.dataSharingConsentGranted: null, but Edm.Boolean is not nullable here',
      "$.expirationDateTime: '2027-01-05T10:00:00+0000' is not an ISO 8601 date-time in UTC ending in Z",
      "$.lastModifiedDateTime: '2027-02-30T10:00:00Z' is not an ISO 8601 date-time in UTC ending in Z",
      '$.roleScopeTagIds: expected Collection(Edm.String) as an array (never null), got null',
    ]);
  });

  it('reads a derived complex value by its @odata.type and checks its Int32 counts', () => {
    expect(checkEntity(beta, { ...BETA_TOKEN, tokenActionResults: [REVOKE_RESULT] })).toEqual([]);
    const { '@odata.type': _type, ...untyped } = REVOKE_RESULT;
    expect(checkEntity(beta, { ...BETA_TOKEN, tokenActionResults: [{ ...REVOKE_RESULT, failedLicensesCount: 1.5 }, untyped] })).toEqual([
      '$.tokenActionResults[0].failedLicensesCount: expected Edm.Int32, got the number 1.5',
      '$.tokenActionResults[1].actionFailureReason: not declared on microsoft.graph.vppTokenActionResult in beta',
      '$.tokenActionResults[1].totalLicensesCount: not declared on microsoft.graph.vppTokenActionResult in beta',
      '$.tokenActionResults[1].failedLicensesCount: not declared on microsoft.graph.vppTokenActionResult in beta',
    ]);
  });

  it("wants @odata.type in Graph's form", () => {
    const { '@odata.type': _type, ...untyped } = V1_TOKEN;
    expect(checkEntity(v1, untyped)).toEqual(["$: no @odata.type; Graph sends '#microsoft.graph.vppToken'"]);
    expect(checkEntity(v1, { ...V1_TOKEN, '@odata.type': 'microsoft.graph.vppToken' })).toEqual([
      "$.@odata.type: not in Graph's form '#microsoft.graph.vppToken'",
    ]);
  });

  it('quotes no long string, so a secret in the wrong place is not repeated', () => {
    const secret = 'eyJ0b2tlbiI6InNlY3JldC1zZWNyZXQtc2VjcmV0LXNlY3JldCJ9'; // longer than anything quoted
    const [problem] = checkEntity(v1, { ...V1_TOKEN, state: secret });
    expect(problem).toBe(`$.state: a string of ${secret.length} characters is not a member of microsoft.graph.vppTokenState in v1.0 (unknown, valid, expired, invalid, assignedToExternalMDM)`);
  });
});

describe('checkPage and checkEntityAnswer', () => {
  it('accept a page and an entity in Graph’s form, with and without $select', () => {
    const page = { '@odata.context': `${ROOT}/$metadata#deviceAppManagement/vppTokens`, value: [BETA_TOKEN], '@odata.nextLink': `${ROOT}/deviceAppManagement/vppTokens?$skiptoken=x` };
    expect(checkPage(beta, answer(200, page), { serviceRoot: ROOT })).toEqual([]);
    const selected = {
      '@odata.context': `${ROOT}/$metadata#deviceAppManagement/vppTokens(id,state)/$entity`,
      '@odata.type': '#microsoft.graph.vppToken',
      id: 'a',
      state: 'valid',
    };
    expect(checkEntityAnswer(beta, answer(200, selected), { serviceRoot: ROOT, select: ['state'] })).toEqual([]);
  });

  it('report a wrong context, a relative nextLink, an unknown key, and properties $select did not ask for', () => {
    const page = {
      '@odata.context': `${ROOT}/$metadata#vppTokens`,
      '@odata.count': 1,
      value: [{ ...BETA_TOKEN }],
      '@odata.nextLink': '/deviceAppManagement/vppTokens?$skiptoken=x',
    };
    const problems = checkPage(beta, answer(200, page), { serviceRoot: ROOT, select: ['state'] });
    expect(problems.slice(0, 3)).toEqual([
      '$.@odata.count: not part of a Graph collection answer',
      `$.@odata.context: a string of ${page['@odata.context'].length} characters is not Graph's ${ROOT}/$metadata#deviceAppManagement/vppTokens(…)`,
      `$.@odata.nextLink: not an absolute link to ${ROOT}/deviceAppManagement/vppTokens?…`,
    ]);
    expect(problems).toContain('$.value[0].displayName: answered although $select did not ask for it');
  });

  it('report a selected property that is missing', () => {
    const body = { '@odata.context': `${ROOT}/$metadata#deviceAppManagement/vppTokens(id,state)/$entity`, '@odata.type': '#microsoft.graph.vppToken', id: 'a' };
    expect(checkEntityAnswer(beta, answer(200, body), { serviceRoot: ROOT, select: ['state'] })).toEqual([
      '$.state: declared on microsoft.graph.vppToken in beta but missing',
    ]);
  });
});

describe('checkOperationAnswer', () => {
  it('holds an action to the status its doc page gives and to its return type', () => {
    const revoke = operation('beta', 'revokeLicenses')!;
    expect(checkOperationAnswer(beta, revoke, answer(204), { serviceRoot: ROOT })).toEqual([]);
    expect(checkOperationAnswer(beta, revoke, answer(200, {}), { serviceRoot: ROOT })).toEqual(['status: revokeLicenses answered 200; expected 204']);
    const sync = operation('beta', 'syncLicenses')!;
    const synced = { '@odata.context': `${ROOT}/$metadata#microsoft.graph.vppToken`, ...BETA_TOKEN };
    expect(checkOperationAnswer(beta, sync, answer(200, synced), { serviceRoot: ROOT })).toEqual([]);
    expect(checkOperationAnswer(beta, sync, answer(204), { serviceRoot: ROOT })).toEqual(['status: syncLicenses answered 204; expected 200']);
  });

  it('wants no body on 204', () => {
    expect(checkNoContent(answer(204, { value: [] }), 'DELETE')).toEqual(['$: DELETE answered 204 with a body']);
  });
});

describe('checkError', () => {
  const good = {
    error: {
      code: 'ResourceNotFound',
      message: 'Not found.',
      innerError: { date: '2026-01-15T09:00:00', 'request-id': 'r1', 'client-request-id': 'c1' },
    },
  };

  it("accepts Graph's error shape", () => {
    expect(checkError({ status: 404, headers: { ...JSON_HEADERS, 'request-id': 'r1' }, body: good }, 404)).toEqual([]);
  });

  it('reports other shapes: a bare message, a zone on innerError.date, a request-id unlike the header', () => {
    expect(checkError(answer(500, { message: 'boom' }))).toEqual(['$.message: not part of Graph\'s error answer', '$.error: expected an object, got nothing']);
    const zoned = { error: { ...good.error, innerError: { ...good.error.innerError, date: '2026-01-15T09:00:00Z' } } };
    expect(checkError({ status: 404, headers: { ...JSON_HEADERS, 'request-id': 'other' }, body: zoned })).toEqual([
      '$.error.innerError.date: expected UTC as YYYY-MM-DDTHH:mm:ss without a zone',
      '$.error.innerError.request-id: differs from the request-id header',
    ]);
  });
});

describe('Edm.Guid', () => {
  // auditEvent's correlationId is the one Guid the simulator answers with.
  const audit = { ...beta, entityType: { name: 'microsoft.graph.x', baseType: null, properties: { id: { type: 'Edm.String', nullable: false, declaredOn: 'x' }, correlationId: { type: 'Edm.Guid', nullable: false, declaredOn: 'x' } } } };
  it('takes 8-4-4-4-12 hex digits in any case and reports anything else without quoting a long value', () => {
    expect(checkEntity(audit, { '@odata.type': '#microsoft.graph.x', id: 'a', correlationId: '6F2A8C1E-3b4d-4e5f-8a9b-0c1d2e3f4a5b' })).toEqual([]);
    expect(checkEntity(audit, { '@odata.type': '#microsoft.graph.x', id: 'a', correlationId: 'not-a-guid' })).toEqual(["$.correlationId: expected Edm.Guid (8-4-4-4-12 hex digits), got 'not-a-guid'"]);
    expect(checkEntity(audit, { '@odata.type': '#microsoft.graph.x', id: 'a', correlationId: null })).toEqual(['$.correlationId: null, but Edm.Guid is not nullable here']);
  });
});
