import type { AuditEvent, AuditResource } from '@microsoft/microsoft-graph-types-beta';
import { auditResourceTypes, graphPropertyOf, secretProperty } from '../../../graph/audit-vocabulary';
import type { ChangeKind } from './change-kinds';
import { historyEntry, newestFirst, type HistoryEntry } from './token-history';

function isTokenType(resource: AuditResource): boolean {
  // `type` is beta's; either may hold the string, in whatever case Intune writes it.
  const names = [resource.auditResourceType, (resource as { type?: string | null }).type];
  return names.some((name) => name?.trim().toLowerCase() === auditResourceTypes.vppToken.toLowerCase());
}

/**
 * Every event about a VPP token, one entry per event (a bulk change is one event a token), newest
 * first. The resource type string is a guess (audit-vocabulary.ts), so a resource whose id is a token
 * the list knows counts too: a real tenant's other spelling still shows its known tokens' changes.
 */
export function recentChanges(events: readonly AuditEvent[], knownTokenIds: ReadonlySet<string> = new Set()): HistoryEntry[] {
  const known = new Set([...knownTokenIds].map((id) => id.toLowerCase()));
  const entries: HistoryEntry[] = [];
  for (const event of events) {
    if (!event.id) continue;
    const resources = event.resources ?? [];
    const own = resources.find(isTokenType) ?? resources.find((resource) => known.has(resource.resourceId?.toLowerCase() ?? ''));
    if (!own) continue;
    entries.push(historyEntry({ ...event, id: event.id }, own));
  }
  return newestFirst(entries);
}

/** What the admin narrowed the page to; undefined: everything. */
export type ChangeFilter = { who?: string; what?: ChangeKind; property?: string };

export function filterChanges(entries: readonly HistoryEntry[], filter: ChangeFilter): HistoryEntry[] {
  return entries.filter(
    (entry) =>
      (filter.who === undefined || entry.who === filter.who) &&
      (filter.what === undefined || entry.kind === filter.what) &&
      (filter.property === undefined || entry.properties.includes(filter.property)),
  );
}

/** Each value `pick` gives once, sorted the way the admin reads them: the filters' choices. */
export function choicesOf(entries: readonly HistoryEntry[], pick: (entry: HistoryEntry) => readonly string[]): string[] {
  return [...new Set(entries.flatMap(pick))].sort((a, b) => a.localeCompare(b, undefined, { sensitivity: 'base' }));
}

/** The tokens the log says were deleted (a delete Intune took), so their rows say so rather than linking nowhere. */
export function deletedTokenIds(entries: readonly HistoryEntry[]): Set<string> {
  return new Set(entries.filter((entry) => entry.kind === 'delete' && entry.succeeded === true).map((entry) => entry.tokenId.toLowerCase()));
}

/**
 * Whether a row's token is gone: deleted as the log says, or missing from the whole list Graph
 * gave (undefined while the list is still loading, when every token is taken to exist).
 */
export function isTokenGone(tokenId: string, deleted: ReadonlySet<string>, listed: ReadonlySet<string> | undefined): boolean {
  const id = tokenId.toLowerCase();
  if (id === '') return true;
  if (listed) return !listed.has(id);
  return deleted.has(id);
}

/**
 * The events with the token file's values taken out, whatever a tenant's log holds: the page keeps
 * the raw events to match them against the tokens the list knows, and no secret may sit in its cache.
 */
export function withoutSecretValues(events: readonly AuditEvent[]): AuditEvent[] {
  return events.map((event) => ({
    ...event,
    resources: (event.resources ?? []).map((resource) => ({
      ...resource,
      modifiedProperties: (resource.modifiedProperties ?? []).map((change) =>
        graphPropertyOf(change.displayName, [secretProperty]) ? { ...change, oldValue: null, newValue: null } : change,
      ),
    })),
  }));
}
