/**
 * Records an auditEvent for each write the simulator carries out, or its routes refuse: around the
 * route's call, so every path there (direct, inside `$batch`, through a fault that succeeds) is
 * recorded the same way. A request refused before it reaches the route (no permission, a scripted
 * fault, throttling) never reached Intune's service and leaves no event.
 */
import { auditResourceTypes, secretProperty, type AuditActivityKey } from '../src/graph/audit-vocabulary.ts';
import { AuditLog, buildAuditEvent, modifiedProperty, type AuditActor, type AuditProperty, type AuditResource } from './audit-events.ts';
import { GraphHttpError, type RequestContext } from './errors.ts';
import type { Tenant } from './routes.ts';
import type { VppTokenEntity } from './vpp-token.ts';
import { WRITABLE_PROPERTIES } from './validate.ts';

// What a save or a renewal can change, as the log lists it: what the admin sets, and what a new
// token file brings. Bookkeeping (lastModifiedDateTime, the sync and revoke progress) is left out.
// The secret is listed apart, without its values.
const AUDITED_TOKEN_PROPERTIES: readonly string[] = [
  ...WRITABLE_PROPERTIES.filter((name) => name !== secretProperty),
  'organizationName',
  'expirationDateTime',
  'state',
  'locationName',
];

const APP_REVOKES: Record<string, AuditActivityKey> = {
  revokealllicenses: 'revokeAllAppLicenses',
  revokeuserlicense: 'revokeUserLicense',
  revokedevicelicense: 'revokeDeviceLicense',
};

interface Write {
  activity: AuditActivityKey;
  tokenId?: string;
  appId?: string;
}

function operationName(segment: string | undefined): string {
  return (/^(?:microsoft\.graph\.)?([A-Za-z]+)(?:\(.*\))?$/i.exec(segment ?? '')?.[1] ?? '').toLowerCase();
}

/** Which audited write a request is, from its method and path; undefined for reads and anything else. */
function classify(method: string, segments: readonly string[]): Write | undefined {
  const [root, set, id, next, last] = segments;
  if (root?.toLowerCase() !== 'deviceappmanagement') return undefined;
  if (set?.toLowerCase() === 'vpptokens') {
    if (id === undefined) return method === 'POST' ? { activity: 'createToken' } : undefined;
    if (next === undefined) {
      if (method === 'PATCH') return { activity: 'updateToken', tokenId: id };
      if (method === 'DELETE') return { activity: 'deleteToken', tokenId: id };
      return undefined;
    }
    if (method !== 'POST' || last !== undefined) return undefined;
    if (operationName(next) === 'synclicenses') return { activity: 'syncLicenses', tokenId: id };
    if (operationName(next) === 'revokelicenses') return { activity: 'revokeTokenLicenses', tokenId: id };
    return undefined;
  }
  if (set?.toLowerCase() === 'mobileapps' && id !== undefined && method === 'POST') {
    const activity = APP_REVOKES[operationName(last ?? next)];
    return activity ? { activity, appId: id } : undefined;
  }
  return undefined;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function objectOf(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

async function bodyOf(request: Request): Promise<Record<string, unknown>> {
  try {
    return objectOf(JSON.parse(await request.text()));
  } catch {
    return {};
  }
}

function tokenName(token: VppTokenEntity | undefined): string | null {
  return token?.displayName ?? token?.organizationName ?? null;
}

function field(token: VppTokenEntity | undefined, name: string): unknown {
  return token ? (token as unknown as Record<string, unknown>)[name] : undefined;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/** What a carried-out save, renewal or create changed; the secret only as "changed". */
function changes(before: VppTokenEntity | undefined, after: VppTokenEntity | undefined): AuditProperty[] {
  const changed = AUDITED_TOKEN_PROPERTIES.filter((name) => !same(field(before, name), field(after, name)));
  const secretChanged = field(after, secretProperty) !== undefined && field(before, secretProperty) !== field(after, secretProperty);
  return [
    ...changed.map((name) => modifiedProperty(name, field(before, name), field(after, name))),
    ...(secretChanged ? [modifiedProperty(secretProperty, null, null)] : []),
  ];
}

/** What a refused save or create asked for: the properties it named, from what they were. */
function attempted(before: VppTokenEntity | undefined, body: Record<string, unknown>): AuditProperty[] {
  return Object.keys(body)
    .filter((name) => WRITABLE_PROPERTIES.includes(name))
    .map((name) => modifiedProperty(name, field(before, name), body[name]));
}

/** An action's parameters, as Intune's log shows what an action was asked to do. */
function parameters(body: Record<string, unknown>): AuditProperty[] {
  return Object.entries(body)
    .filter(([, value]) => value === null || ['string', 'boolean', 'number'].includes(typeof value))
    .map(([name, value]) => modifiedProperty(name, null, value));
}

export interface AuditedCall {
  request: Request;
  segments: readonly string[];
  ctx: RequestContext;
  actor: AuditActor;
}

/**
 * Carries out `carryOut` and records the event its write leaves, success or failure. The write's
 * time is the log's activityDateTime; it is listed `auditDelayMs` later.
 */
export async function withAudit(call: AuditedCall, tenant: Tenant, log: AuditLog, carryOut: () => Promise<Response>): Promise<Response> {
  const write = classify(call.request.method.toUpperCase(), call.segments);
  if (!write) return carryOut();
  const { store, apps } = tenant;
  const app = write.appId !== undefined ? apps.get(write.appId)?.app : undefined;
  const tokenId = write.tokenId ?? app?.vppTokenId ?? undefined;
  const before = tokenId !== undefined ? store.get(tokenId) : undefined;
  const body = call.request.method.toUpperCase() === 'DELETE' ? {} : await bodyOf(call.request.clone());

  const record = (succeeded: boolean, response?: Response) => {
    const after = succeeded && write.activity !== 'deleteToken' ? afterWrite(tenant, write, tokenId, response) : undefined;
    const token = after ?? before;
    const tokenResource = (modifiedProperties: AuditProperty[]): Omit<AuditResource, 'type'> => ({
      displayName: tokenName(token),
      auditResourceType: auditResourceTypes.vppToken,
      resourceId: token?.id ?? write.tokenId ?? null,
      modifiedProperties,
    });
    let resources: Omit<AuditResource, 'type' | 'auditResourceType'>[];
    switch (write.activity) {
      case 'createToken':
        resources = [tokenResource(succeeded ? changes(undefined, after) : attempted(undefined, body))];
        break;
      case 'updateToken':
        resources = [tokenResource(succeeded ? changes(before, after) : attempted(before, body))];
        break;
      case 'deleteToken':
      case 'syncLicenses':
        resources = [tokenResource([])];
        break;
      case 'revokeTokenLicenses':
        resources = [tokenResource(parameters(body))];
        break;
      default:
        // An app's revoke names the app, and the token that bought it, so the token's history shows it.
        resources = [
          {
            displayName: typeof app?.displayName === 'string' ? app.displayName : null,
            auditResourceType: auditResourceTypes.iosVppApp,
            resourceId: app?.id ?? write.appId ?? null,
            modifiedProperties: parameters(body),
          },
          ...(token ? [tokenResource([])] : []),
        ];
    }
    const at = tenant.now();
    const clientRequestId = call.ctx.clientRequestId;
    log.add(
      buildAuditEvent({
        activity: write.activity,
        at,
        succeeded,
        actor: call.actor,
        correlationId: GUID.test(clientRequestId) ? clientRequestId.toLowerCase() : crypto.randomUUID(),
        resources,
      }),
      at + tenant.settings().auditDelayMs,
    );
  };

  let response: Response;
  try {
    response = await carryOut();
  } catch (error) {
    // Throttled writes were never carried out.
    if (!(error instanceof GraphHttpError && error.status === 429)) record(false);
    throw error;
  }
  record(response.status < 400, response);
  return response;
}

/** The token as the write left it; a create's id is in the Location it answers with. */
function afterWrite({ store }: Tenant, write: Write, tokenId: string | undefined, response?: Response): VppTokenEntity | undefined {
  if (write.activity === 'createToken') {
    const id = /vppTokens\('([^']+)'\)/.exec(response?.headers.get('location') ?? '')?.[1];
    return id !== undefined ? store.get(id) : undefined;
  }
  return tokenId !== undefined ? store.get(tokenId) : undefined;
}
