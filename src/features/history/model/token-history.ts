import type { AuditActor, AuditEvent, AuditProperty, AuditResource } from '@microsoft/microsoft-graph-types-beta';
import {
  auditActivities,
  graphPropertyOf,
  readAuditBoolean,
  readAuditList,
  secretProperty,
} from '../../../graph/audit-vocabulary';
import type { RecordedChange } from '../../tokens/model/compensating-change';
import type { ChangeKind } from './change-kinds';
import { countryName } from '../../tokens/model/countries';
import { tokenFieldLabels } from '../../tokens/model/token-fields';

/** One change to a token, as its history lists it. */
export type HistoryEntry = {
  id: string;
  /** activityDateTime as Graph wrote it, for the exact time on hover. */
  at: string;
  time: number;
  /** The admin's UPN, else the app's name: whoever the log names. */
  who: string;
  /** "Changed settings", "Renewed the token", or the log's own words for an activity this app does not know. */
  what: string;
  /** The kind of activity, for filtering; `other` for one this app does not know. */
  kind: ChangeKind;
  /** Each property's change in words; never a value of the token file. */
  changes: string[];
  /** The Graph names of the properties changed (`token` for the file), or the log's own name for one this app does not know. */
  properties: string[];
  /** The token the event is about, as the log names it. */
  tokenId: string;
  tokenName: string;
  /** undefined when the log says something other than success or failure. */
  succeeded: boolean | undefined;
  result: string;
  /** What Revert would put back: the kind of write and the log's values (never the token file's). */
  change: RecordedChange;
};

/** Properties a save or renewal can change that the edit form does not show. */
const otherLabels: Record<string, string> = {
  organizationName: 'Organization',
  expirationDateTime: 'Expires',
  state: 'State',
  locationName: 'Location',
  notifyManagedDevices: 'Notify devices',
  revokeUntrackedLicenses: 'Also revoke licenses Intune does not track',
  userId: 'User',
  managedDeviceId: 'Device',
};

const labels: Record<string, string> = { ...tokenFieldLabels, ...otherLabels };

/** Each kind as the filter names it; kept out of change-kinds.ts, which every page loads first. */
export const changeKindLabels: Record<ChangeKind, string> = {
  save: 'Settings changed',
  renew: 'Renewed',
  sync: 'Licenses synced',
  delete: 'Deleted',
  create: 'Added',
  revoke: 'Licenses revoked',
  other: 'Other activity',
};

/** A property as the admin calls it: "Automatically update apps", "Token file"; an unknown one as the log names it. */
export function propertyLabel(property: string): string {
  if (property === secretProperty) return 'Token file';
  return labels[property] ?? property;
}

/** The Graph name of a changed property, or the log's own name for one this app does not know. */
function propertyKey(change: AuditProperty): string {
  return graphPropertyOf(change.displayName, knownProperties) ?? (change.displayName || 'Unnamed property');
}
const knownProperties = [...Object.keys(labels), secretProperty];

const booleanProperties = new Set(['automaticallyUpdateApps', 'dataSharingConsentGranted', 'claimTokenManagementFromExternalMdm', 'notifyManagedDevices', 'revokeUntrackedLicenses']);

const absolute = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A value in the admin's words; a value that does not read as its kind is shown as the log wrote it. */
function inWords(property: string | undefined, value: string | null | undefined): string {
  if (value === null || value === undefined || value.trim() === '') return 'none';
  if (property !== undefined && booleanProperties.has(property)) {
    const flag = readAuditBoolean(value);
    if (flag !== undefined) return flag ? 'on' : 'off';
  }
  if (property === 'countryOrRegion' && /^[a-z]{2}$/i.test(value.trim())) return countryName(value);
  if (property === 'vppTokenAccountType' || property === 'state') return capitalised(value);
  if (property === 'expirationDateTime') {
    const time = Date.parse(value);
    if (!Number.isNaN(time)) return `${absolute.format(time)} UTC`;
  }
  if (property === 'roleScopeTagIds') {
    const tags = readAuditList(value);
    if (tags) return tags.length === 0 ? 'none' : tags.join(', ');
  }
  return value;
}

/** "Automatically update apps: off to on"; the token file only as replaced, whatever the event holds. */
export function describeChange(change: AuditProperty): string {
  const property = graphPropertyOf(change.displayName, knownProperties);
  if (property === secretProperty) return 'Token file: replaced';
  const label = property !== undefined ? labels[property] : change.displayName || 'Unnamed property';
  if (property === 'roleScopeTagIds') {
    const before = readAuditList(change.oldValue);
    const after = readAuditList(change.newValue);
    if (before && after && change.oldValue !== null && change.oldValue !== undefined) {
      const added = after.filter((tag) => !before.includes(tag));
      const removed = before.filter((tag) => !after.includes(tag));
      const parts = [added.length > 0 && `added ${added.join(', ')}`, removed.length > 0 && `removed ${removed.join(', ')}`].filter(Boolean);
      if (parts.length > 0) return `${label}: ${parts.join('; ')}`;
    }
  }
  const from = inWords(property, change.oldValue);
  const to = inWords(property, change.newValue);
  if (change.oldValue === null || change.oldValue === undefined) return `${label}: ${to}`;
  return `${label}: ${from} to ${to}`;
}

/** Whoever the log names: the admin, else the app acting on its own. */
export function describeActor(actor: AuditActor | null | undefined): string {
  return actor?.userPrincipalName || actor?.applicationDisplayName || actor?.servicePrincipalName || actor?.applicationId || 'Someone the log does not name';
}

function sameText(a: string | null | undefined, b: string): boolean {
  return (a ?? '').trim().toLowerCase() === b.toLowerCase();
}

function knownActivity(event: AuditEvent): keyof typeof auditActivities | undefined {
  const type = event.activityType ?? event.activity ?? '';
  return (Object.keys(auditActivities) as (keyof typeof auditActivities)[]).find((key) => sameText(type, auditActivities[key].activityType));
}

function renewed(own: AuditResource): boolean {
  return (own.modifiedProperties ?? []).some((p) => graphPropertyOf(p.displayName, [secretProperty]));
}

const writeKinds: Record<keyof typeof auditActivities, RecordedChange['kind']> = {
  createToken: 'create',
  updateToken: 'settings',
  deleteToken: 'delete',
  syncLicenses: 'sync',
  revokeTokenLicenses: 'revoke',
  revokeAllAppLicenses: 'revoke',
  revokeUserLicense: 'revoke',
  revokeDeviceLicense: 'revoke',
};

/** The event as a change Revert can weigh; the token file's values are dropped here, whatever the event holds. */
function recordedChange(event: AuditEvent, own: AuditResource, succeeded: boolean | undefined): RecordedChange {
  const known = knownActivity(event);
  const kind = known === undefined ? 'unknown' : known === 'updateToken' && renewed(own) ? 'renewal' : writeKinds[known];
  const properties = (own.modifiedProperties ?? []).map((p) =>
    graphPropertyOf(p.displayName, [secretProperty]) ? { property: secretProperty, old: null, new: null } : { property: p.displayName ?? '', old: p.oldValue, new: p.newValue },
  );
  return { kind, succeeded, typed: false, properties };
}

function describeActivity(event: AuditEvent, own: AuditResource, app: AuditResource | undefined): { what: string; kind: ChangeKind } {
  const known = knownActivity(event);
  const appName = app?.displayName || 'an app';
  switch (known) {
    case 'createToken':
      return { what: 'Added the token', kind: 'create' };
    case 'updateToken':
      return renewed(own) ? { what: 'Renewed the token', kind: 'renew' } : { what: 'Changed settings', kind: 'save' };
    case 'deleteToken':
      return { what: 'Deleted the token', kind: 'delete' };
    case 'syncLicenses':
      return { what: 'Synced licenses', kind: 'sync' };
    case 'revokeTokenLicenses':
      return { what: 'Revoked the token’s licenses', kind: 'revoke' };
    case 'revokeAllAppLicenses':
      return { what: `Revoked all licenses of ${appName}`, kind: 'revoke' };
    case 'revokeUserLicense':
      return { what: `Revoked a user’s license of ${appName}`, kind: 'revoke' };
    case 'revokeDeviceLicense':
      return { what: `Revoked a device’s license of ${appName}`, kind: 'revoke' };
    default:
      return { what: event.activity || event.displayName || event.activityType || 'An activity the log does not name', kind: 'other' };
  }
}

function describeResult(result: string | null | undefined): { succeeded: boolean | undefined; result: string } {
  const lower = (result ?? '').trim().toLowerCase();
  if (lower === 'success' || lower === 'succeeded') return { succeeded: true, result: 'Succeeded' };
  if (lower === 'failure' || lower === 'failed') return { succeeded: false, result: 'Failed' };
  return { succeeded: undefined, result: result?.trim() || 'Result not given' };
}

/** One event about `own` (a token among the event's resources) as a history entry. */
export function historyEntry(event: AuditEvent & { id: string }, own: AuditResource): HistoryEntry {
  const resources = event.resources ?? [];
  const time = Date.parse(event.activityDateTime ?? '');
  const other = resources.find((resource) => resource !== own);
  // An app's revoke names the app first: its parameters are the change.
  const changed = other && (own.modifiedProperties ?? []).length === 0 ? (other.modifiedProperties ?? []) : (own.modifiedProperties ?? []);
  const result = describeResult(event.activityResult);
  return {
    id: event.id,
    at: event.activityDateTime ?? '',
    time: Number.isNaN(time) ? 0 : time,
    who: describeActor(event.actor),
    ...describeActivity(event, own, other),
    changes: changed.map(describeChange),
    properties: [...new Set(changed.map(propertyKey))],
    tokenId: own.resourceId ?? '',
    tokenName: own.displayName?.trim() || 'A token the log does not name',
    ...result,
    change: recordedChange(event, own, result.succeeded),
  };
}

/** Newest first; the id breaks ties, so the order is the same on every read. */
export function newestFirst(entries: HistoryEntry[]): HistoryEntry[] {
  return entries.sort((a, b) => b.time - a.time || a.id.localeCompare(b.id));
}

/**
 * The events that name this token among their resources, as history entries, newest first. Matched
 * on the token's id alone, so an activity string this app does not know still shows.
 */
export function tokenHistory(events: readonly AuditEvent[], tokenId: string): HistoryEntry[] {
  const id = tokenId.toLowerCase();
  const entries: HistoryEntry[] = [];
  for (const event of events) {
    const own = (event.resources ?? []).find((resource) => resource.resourceId?.toLowerCase() === id);
    if (!own || !event.id) continue;
    entries.push(historyEntry({ ...event, id: event.id }, own));
  }
  return newestFirst(entries);
}

/** A day in milliseconds; the history reads the log a window of days at a time. */
export const historyDay = 86_400_000;
const day = historyDay;
export const historyWindowDays = 7;
/** Intune keeps its audit log for a year: nothing older can be read. */
export const historyRetentionDays = 365;

/** The `$filter` for a window of the log: from `from` (inclusive) to `to` (exclusive; none for "until now"). */
export function windowFilter(from: number, to?: number): string {
  const after = `activityDateTime ge ${new Date(from).toISOString()}`;
  return to === undefined ? after : `${after} and activityDateTime lt ${new Date(to).toISOString()}`;
}

/** Where the window before one starting at `from` starts, or undefined once past what Intune keeps. */
export function olderWindowStart(from: number, now: number): number | undefined {
  const oldest = now - historyRetentionDays * day;
  if (from <= oldest) return undefined;
  return Math.max(oldest, from - historyWindowDays * day);
}

/** Events in [from, to), whatever Graph did with the filter: a Graph that ignores it must not widen the window. */
export function withinWindow(events: readonly AuditEvent[], from: number, to?: number): AuditEvent[] {
  return events.filter((event) => {
    const time = Date.parse(event.activityDateTime ?? '');
    return !Number.isNaN(time) && time >= from && (to === undefined || time < to);
  });
}

/**
 * What moves whenever the token changes as Graph reports it (a save, a renewal, a sync, a revoke),
 * so the page reads the token's history again after each.
 */
export function historyRevision(token: { lastModifiedDateTime?: string | null; lastSyncStatus?: string | null; lastSyncDateTime?: string | null; tokenActionResults?: unknown[] | null }): string {
  return [token.lastModifiedDateTime, token.lastSyncStatus, token.lastSyncDateTime, token.tokenActionResults?.length ?? 0].join('|');
}
