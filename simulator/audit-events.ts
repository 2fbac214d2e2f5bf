/**
 * Intune's audit log as the simulator keeps it: one auditEvent per write it carries out (or
 * refuses), who made it from the bearer token's claims, and each version's view of it as that
 * version's metadata declares auditEvent, auditActor and auditResource.
 *
 * The strings (category, activity, resource types) and the way values are written come from
 * src/graph/audit-vocabulary.ts, which the app reads too; they are unverified guesses.
 */
import {
  auditActivities,
  auditActorTypes,
  auditCategory,
  auditComponentName,
  auditPropertyName,
  auditResults,
  secretProperty,
  writeAuditValue,
  type AuditActivityKey,
} from '../src/graph/audit-vocabulary.ts';
import { APPS_METADATA, type ApiVersion } from './metadata.ts';

export interface AuditProperty {
  displayName: string | null;
  oldValue: string | null;
  newValue: string | null;
}

export interface AuditResource {
  displayName: string | null;
  auditResourceType: string | null;
  resourceId: string | null;
  modifiedProperties: AuditProperty[];
  /** beta only */
  type: string | null;
}

export interface AuditActor {
  applicationDisplayName: string | null;
  applicationId: string | null;
  auditActorType: string | null;
  ipAddress: string | null;
  servicePrincipalName: string | null;
  userId: string | null;
  userPermissions: string[];
  userPrincipalName: string | null;
  /** beta only, with the three below */
  type: string | null;
  remoteTenantId: string | null;
  remoteUserId: string | null;
  userRoleScopeTags: { displayName: string | null; roleScopeTagId: string | null }[];
}

/** Stored as beta shows it; v1.0 answers leave out what v1.0 does not declare. */
export interface AuditEvent {
  id: string;
  displayName: string | null;
  componentName: string | null;
  activity: string | null;
  activityDateTime: string;
  activityType: string | null;
  activityOperationType: string | null;
  activityResult: string | null;
  correlationId: string;
  category: string | null;
  actor: AuditActor | null;
  resources: AuditResource[];
}

export const AUDIT_EVENT_TYPE = 'microsoft.graph.auditEvent';

// Entra's claims the actor is read from; v1 tokens say `appid` and `upn`, v2 tokens `azp` and `preferred_username`.
interface ActorClaims {
  upn?: unknown;
  preferred_username?: unknown;
  unique_name?: unknown;
  oid?: unknown;
  appid?: unknown;
  azp?: unknown;
  app_displayname?: unknown;
  scp?: unknown;
  roles?: unknown;
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

/**
 * The JWT's payload, read without checking its signature: whether Graph accepts the token is the
 * authorizer's question (jwt-authorize.ts); the log only records whom the token names. Anything
 * unreadable (the tests' and the fault matrix's plain strings) names nobody.
 */
function claimsOf(bearer: string): ActorClaims {
  const payload = bearer.split('.')[1];
  if (payload === undefined || payload === '') return {};
  try {
    const base64 = payload.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(payload.length / 4) * 4, '=');
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const claims: unknown = JSON.parse(new TextDecoder().decode(bytes));
    return typeof claims === 'object' && claims !== null && !Array.isArray(claims) ? (claims as ActorClaims) : {};
  } catch {
    return {};
  }
}

/** Who a bearer token names, as auditActor. A token without a user is an app acting on its own. */
export function actorFromBearer(bearer: string): AuditActor {
  const claims = claimsOf(bearer);
  const userPrincipalName = text(claims.upn) ?? text(claims.preferred_username) ?? text(claims.unique_name);
  const userId = text(claims.oid);
  const isUser = userPrincipalName !== null;
  const kind = isUser ? auditActorTypes.user : auditActorTypes.application;
  const scopes = text(claims.scp)?.split(' ').filter(Boolean) ?? (Array.isArray(claims.roles) ? claims.roles.filter((role): role is string => typeof role === 'string') : []);
  return {
    applicationDisplayName: text(claims.app_displayname),
    applicationId: text(claims.appid) ?? text(claims.azp),
    auditActorType: kind,
    ipAddress: null,
    servicePrincipalName: null,
    userId,
    userPermissions: scopes,
    userPrincipalName,
    type: kind,
    remoteTenantId: null,
    remoteUserId: null,
    userRoleScopeTags: isUser ? [{ displayName: 'Default', roleScopeTagId: '0' }] : [],
  };
}

/** The bearer token of a request, or '' when there is none (such a request never gets this far). */
export function bearerIn(request: Request): string {
  return /^Bearer\s+(.*)$/i.exec((request.headers.get('authorization') ?? '').trim())?.[1]?.trim() ?? '';
}

export function modifiedProperty(graphProperty: string, oldValue: unknown, newValue: unknown): AuditProperty {
  // The secret's values are never written, only that it changed.
  const secret = graphProperty === secretProperty;
  return {
    displayName: auditPropertyName(graphProperty),
    oldValue: secret ? null : writeAuditValue(oldValue),
    newValue: secret ? null : writeAuditValue(newValue),
  };
}

export interface NewAuditEvent {
  activity: AuditActivityKey;
  at: number;
  succeeded: boolean;
  actor: AuditActor;
  correlationId: string;
  /** Each resource's type is the activity's unless named. */
  resources: (Omit<AuditResource, 'auditResourceType' | 'type'> & { auditResourceType?: string })[];
  id?: string;
}

export function buildAuditEvent({ activity, at, succeeded, actor, correlationId, resources, id }: NewAuditEvent): AuditEvent {
  const strings = auditActivities[activity];
  return {
    id: id ?? crypto.randomUUID(),
    displayName: strings.activityType,
    componentName: auditComponentName,
    activity: strings.activityType,
    activityDateTime: new Date(at).toISOString(),
    activityType: strings.activityType,
    activityOperationType: strings.activityOperationType,
    activityResult: succeeded ? auditResults.success : auditResults.failure,
    correlationId,
    category: auditCategory,
    actor,
    resources: resources.map((resource) => {
      const auditResourceType = resource.auditResourceType ?? strings.resourceType;
      return { ...resource, auditResourceType, type: auditResourceType };
    }),
  };
}

/** A value of a declared complex type, with only the properties this version declares. */
function projectComplex(value: unknown, type: string, version: ApiVersion): unknown {
  if (Array.isArray(value)) return value.map((item) => projectComplex(item, type, version));
  const declared = APPS_METADATA[version].complexTypes[type];
  if (!declared || typeof value !== 'object' || value === null) return value;
  const source = value as Record<string, unknown>;
  return Object.fromEntries(
    Object.entries(declared.properties).map(([name, property]) => [name, projectComplex(source[name] ?? (property.type.startsWith('Collection(') ? [] : null), elementType(property.type), version)]),
  );
}

function elementType(type: string): string {
  return /^Collection\((.+)\)$/.exec(type)?.[1] ?? type;
}

/** The event as `version` shows it; with `select`, only those properties (and id). */
export function auditEventView(event: AuditEvent, version: ApiVersion, select?: readonly string[]): Record<string, unknown> {
  const declared = APPS_METADATA[version].entityTypes[AUDIT_EVENT_TYPE]?.properties ?? {};
  const source = event as unknown as Record<string, unknown>;
  const out: Record<string, unknown> = { '@odata.type': `#${AUDIT_EVENT_TYPE}` };
  for (const [name, property] of Object.entries(declared)) {
    if (select && name !== 'id' && !select.includes(name)) continue;
    out[name] = projectComplex(structuredClone(source[name] ?? null), elementType(property.type), version);
  }
  return out;
}

interface LoggedEvent {
  seq: number;
  /** Intune's log lags: the event is listed from this time on, with the time of the write itself. */
  visibleAt: number;
  at: number;
  event: AuditEvent;
}

export interface AuditPage {
  items: AuditEvent[];
  /** Where the next page starts, when more follow. */
  next?: { at: number; seq: number };
}

export interface AuditQuery {
  keep: (event: AuditEvent, at: number) => boolean;
  descending: boolean;
  after?: { at: number; seq: number };
  top: number;
}

export class AuditLog {
  private events: LoggedEvent[] = [];
  private nextSeq = 1;

  replaceAll(events: readonly AuditEvent[]): void {
    this.events = [];
    for (const event of events) this.add(event, -Infinity);
  }

  add(event: AuditEvent, visibleAt: number): void {
    this.events.push({ seq: this.nextSeq++, visibleAt, at: Date.parse(event.activityDateTime), event: structuredClone(event) });
  }

  /** Every event, listed or not yet, in the order recorded: for tests. */
  all(): AuditEvent[] {
    return this.events.map(({ event }) => structuredClone(event));
  }

  get(id: string, now: number): AuditEvent | undefined {
    const found = this.events.find(({ event, visibleAt }) => visibleAt <= now && event.id.toLowerCase() === id.toLowerCase());
    return found && structuredClone(found.event);
  }

  /**
   * One page of the events listed by now that `keep` keeps, by activityDateTime (ties in the order
   * recorded), after the cursor of the previous page.
   */
  page(now: number, { keep, descending, after, top }: AuditQuery): AuditPage {
    const sign = descending ? -1 : 1;
    const compare = (a: { at: number; seq: number }, b: { at: number; seq: number }) => sign * (a.at - b.at || a.seq - b.seq);
    const matching = this.events
      .filter((logged) => logged.visibleAt <= now && keep(logged.event, logged.at) && (after === undefined || compare(logged, after) > 0))
      .sort(compare);
    const items = matching.slice(0, top);
    const last = items[items.length - 1];
    return {
      items: items.map(({ event }) => structuredClone(event)),
      ...(matching.length > top && last ? { next: { at: last.at, seq: last.seq } } : {}),
    };
  }
}
