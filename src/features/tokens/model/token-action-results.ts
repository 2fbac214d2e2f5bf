import { describeRevokeFailure, type RevokeActionResult } from '../../apps/model/revoke';
import { formatCount } from '../../../ui/format-count';
import { describeAgo, isNeverDate, parseDate } from './relative-time';

/** A token's `tokenActionResults` entry: its revoke's fields, and when Intune last updated it. */
export type TokenActionResult = RevokeActionResult & { lastUpdatedDateTime?: string | null };

/** The actions Intune reports on a token, as the admin asked for them. */
const actionLabels: Record<string, string> = { RevokeLicenses: 'Revoke licenses' };

/** "RevokeLicenses" -> "Revoke licenses"; a name this app does not know, as Graph spells it. */
export function tokenActionLabel(name: string | null | undefined): string {
  if (!name) return 'Unnamed action';
  return actionLabels[name] ?? name;
}

/**
 * Where an action on the token stands, in a sentence: "Done 5 minutes ago, 40 licenses",
 * "In progress, asked 2 minutes ago", "Failed 1 hour ago: <Apple's reason and the fix>"; a state
 * this app does not know, as Graph spells it.
 */
export function describeTokenAction(result: TokenActionResult, now: number): string {
  const asked = when(result.startDateTime, now, ', asked ');
  const updated = when(result.lastUpdatedDateTime ?? result.startDateTime, now, ' ');
  const total = result.totalLicensesCount ?? 0;
  const licenses = total > 0 ? `, ${formatCount(total)} ${total === 1 ? 'license' : 'licenses'}` : '';
  switch (result.actionState) {
    case 'pending':
    case 'active':
      return `In progress${asked}${licenses}`;
    case 'done':
      return `Done${updated}${licenses}`;
    case 'failed': {
      const failed = result.failedLicensesCount ?? 0;
      const count = failed > 0 && total > 0 ? ` (${formatCount(failed)} of ${formatCount(total)} licenses not revoked)` : '';
      return `Failed${updated}${count}: ${describeRevokeFailure(result.actionFailureReason)}`;
    }
    case 'canceled':
      return `Canceled${updated}`;
    case 'notSupported':
      return 'Not supported for this token';
    case 'none':
      return `Not started${asked}`;
    default:
      return result.actionState || 'Unknown state';
  }
}

/** " 5 minutes ago" after the given words, or nothing when Graph gave no usable date. */
function when(iso: string | null | undefined, now: number, before: string): string {
  if (!iso || isNeverDate(iso) || parseDate(iso) === undefined) return '';
  return `${before}${describeAgo(iso, now)}`;
}

/** The newest result of each action: what the admin asked last is what they want to know about. */
export function latestTokenActions<T extends TokenActionResult>(results: readonly T[] | null | undefined): T[] {
  const latest = new Map<string, T>();
  for (const result of results ?? []) {
    const key = result.actionName ?? '';
    const known = latest.get(key);
    if (!known || startOf(result) > startOf(known)) latest.set(key, result);
  }
  return [...latest.values()];
}

const startOf = (result: TokenActionResult) => parseDate(result.startDateTime ?? '') ?? 0;
