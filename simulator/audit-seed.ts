/**
 * A plausible month of history for the seed tokens, so the demo's token pages have something to
 * show: a few events each over the last 30 days by several admins and an automation app, one of
 * them refused. Each event's old and new values end at the token's value now, so the history and
 * the token agree. Drawn from each token's id, the same every reset; generated tokens get none,
 * which keeps a reset of 3,000 tokens O(n).
 */
import { buildAuditEvent, modifiedProperty, type AuditActor, type AuditEvent } from './audit-events.ts';
import { createRandom, hashString, pick, randomGuid, randomInt } from './random.ts';
import { DAY, HOUR, SEED_IDS } from './seed.ts';
import type { VppTokenEntity } from './vpp-token.ts';

function user(userPrincipalName: string, userId: string): AuditActor {
  return {
    applicationDisplayName: 'Microsoft Intune portal extension',
    applicationId: '5926fc8e-304e-4f59-8bed-58ca97cc39a4',
    auditActorType: 'ItPro',
    ipAddress: null,
    servicePrincipalName: null,
    userId,
    userPermissions: ['*'],
    userPrincipalName,
    type: 'ItPro',
    remoteTenantId: null,
    remoteUserId: null,
    userRoleScopeTags: [{ displayName: 'Default', roleScopeTagId: '0' }],
  };
}

/** An app-only token: no user, the app's id and name. */
const automation: AuditActor = {
  applicationDisplayName: 'Contoso VPP automation',
  applicationId: '8f3c2a71-5d0e-4b9a-9c61-2e7d4f1a0b33',
  auditActorType: 'Application',
  ipAddress: null,
  servicePrincipalName: null,
  userId: null,
  userPermissions: ['DeviceManagementServiceConfig.ReadWrite.All'],
  userPrincipalName: null,
  type: 'Application',
  remoteTenantId: null,
  remoteUserId: null,
  userRoleScopeTags: [],
};

export const SEED_AUDIT_ACTORS = {
  adele: user('adele.vance@contoso.demo', 'a1f6c1b2-7b4e-4f0e-9a51-0f2c8d3e4b71'),
  lee: user('lee.gu@contoso.demo', '3c9e0d57-2f41-4a8b-b6d2-91e5a7c0f864'),
  automation,
};

const admins = [SEED_AUDIT_ACTORS.adele, SEED_AUDIT_ACTORS.lee];

/** Whole minutes, like a log an admin reads. */
function minute(ms: number): number {
  return Math.floor(ms / 60_000) * 60_000;
}

function historyOf(token: VppTokenEntity, now: number): AuditEvent[] {
  const rng = createRandom(hashString(`audit:${token.id}`));
  const name = token.displayName ?? token.organizationName ?? null;
  const resource = (modifiedProperties: ReturnType<typeof modifiedProperty>[]) => ({ displayName: name, resourceId: token.id, modifiedProperties });
  const event = (daysAgo: number, fields: Omit<Parameters<typeof buildAuditEvent>[0], 'at' | 'correlationId' | 'id'>) =>
    buildAuditEvent({ ...fields, at: minute(now - daysAgo * DAY - randomInt(rng, 1, 20) * HOUR), correlationId: randomGuid(rng), id: randomGuid(rng) });

  const events: AuditEvent[] = [];
  const updates = token.automaticallyUpdateApps ?? false;
  events.push(
    event(randomInt(rng, 24, 28), {
      activity: 'updateToken',
      succeeded: true,
      actor: pick(rng, admins),
      resources: [resource([modifiedProperty('automaticallyUpdateApps', !updates, updates)])],
    }),
  );
  if (token.lastSyncDateTime !== '0001-01-01T00:00:00Z') {
    events.push(event(randomInt(rng, 14, 20), { activity: 'syncLicenses', succeeded: true, actor: automation, resources: [resource([])] }));
  }
  // The automation tried a country Apple does not have; Intune refused it and nothing changed.
  if (rng() < 0.5) {
    events.push(
      event(randomInt(rng, 8, 12), {
        activity: 'updateToken',
        succeeded: false,
        actor: automation,
        resources: [resource([modifiedProperty('countryOrRegion', token.countryOrRegion, 'xx')])],
      }),
    );
  }
  if (token.displayName && token.organizationName && token.displayName !== token.organizationName) {
    events.push(
      event(randomInt(rng, 2, 6), {
        activity: 'updateToken',
        succeeded: true,
        actor: pick(rng, admins),
        resources: [resource([modifiedProperty('displayName', token.organizationName, token.displayName)])],
      }),
    );
  }
  return events;
}

/** The seed tokens' history, oldest first; tokens that are not the seed's have none. */
export function seedAuditEvents(tokens: readonly VppTokenEntity[], now: number): AuditEvent[] {
  const seedIds = new Set<string>(Object.values(SEED_IDS));
  return tokens
    .filter((token) => seedIds.has(token.id))
    .flatMap((token) => historyOf(token, now))
    .sort((a, b) => Date.parse(a.activityDateTime) - Date.parse(b.activityDateTime));
}

/**
 * A busy token's log for benchmarks and tests: `count` of the automation's and the admins' saves,
 * one every `overDays / count` days back from `now`, each turning automatic app updates over. The
 * values alternate, so they do not end at the token's value the way the seed's do.
 */
export function busyHistory(token: VppTokenEntity, now: number, count: number, overDays: number): AuditEvent[] {
  const rng = createRandom(hashString(`busy:${token.id}:${count}`));
  const step = (overDays * DAY) / count;
  return Array.from({ length: count }, (_, i) =>
    buildAuditEvent({
      activity: 'updateToken',
      succeeded: true,
      actor: pick(rng, [...admins, automation]),
      at: minute(now - (i + 1) * step),
      correlationId: randomGuid(rng),
      id: randomGuid(rng),
      resources: [{ displayName: token.displayName ?? null, resourceId: token.id, modifiedProperties: [modifiedProperty('automaticallyUpdateApps', i % 2 === 0, i % 2 !== 0)] }],
    }),
  );
}
