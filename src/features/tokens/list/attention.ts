import { formatCount } from '../../../ui/format-count';
import { daysText, defaultWarningWindows, type WarningWindows } from '../../settings/warning-windows';
import type { HealthLevel } from '../model/health';
import type { TokenRow } from './token-rows';

type IssueDefinition = {
  /** Whether a token counts here: the rows' health and licenses already follow the warning windows. */
  matches: (row: TokenRow) => boolean;
  /** Names the window it counts by, so the admin sees which one applies. */
  label: (count: number, windows: WarningWindows) => string;
};

/** A token counts when its health (model/health.ts) gives one of these reason codes. */
const healthReason =
  (...codes: string[]) =>
  (row: TokenRow) =>
    row.health.reasons.some((reason) => codes.includes(reason.code));

const count = formatCount;

/** The problems the summary counts one by one, worst first, so an admin sees what to fix. */
export const attentionIssues = {
  expired: { matches: healthReason('expired'), label: (n) => `${count(n)} expired` },
  invalid: { matches: healthReason('invalid'), label: (n) => `${count(n)} invalid` },
  otherMdm: { matches: healthReason('assignedToExternalMdm'), label: (n) => `${count(n)} managed by another MDM` },
  duplicate: { matches: healthReason('duplicateLocation'), label: (n) => `${count(n)} uploaded twice` },
  expiresSoon: { matches: healthReason('expiresSoon'), label: (n, w) => `${count(n)} expiring within ${w.expiringWithinDays} days` },
  syncLate: { matches: healthReason('syncStale', 'syncOverdue'), label: (n, w) => `${count(n)} not synced for over ${daysText(w.syncWarningAfterDays)}` },
  syncFailed: { matches: healthReason('lastSyncFailed'), label: (n) => `${count(n)} with a failed last sync` },
  neverSynced: { matches: healthReason('neverSynced'), label: (n) => `${count(n)} never synced` },
  // From the token's apps, not its own record: an app with licenses bought and nearly all in use.
  licensesRunningOut: {
    matches: (row) => (row.licenses?.runningOut.length ?? 0) > 0,
    label: (n, w) => `${count(n)} with licenses running out${w.runningOutPercent === defaultWarningWindows.runningOutPercent ? '' : ` (${w.runningOutPercent} % or more used)`}`,
  },
} satisfies Record<string, IssueDefinition>;

export type AttentionIssue = keyof typeof attentionIssues;

export const attentionIssueKeys = Object.keys(attentionIssues) as AttentionIssue[];

export function isAttentionIssue(value: string): value is AttentionIssue {
  return Object.hasOwn(attentionIssues, value);
}

export function hasIssue(row: TokenRow, issue: AttentionIssue): boolean {
  return attentionIssues[issue].matches(row);
}

export type AttentionSummary = {
  total: number;
  byLevel: Record<HealthLevel, number>;
  byIssue: Record<AttentionIssue, number>;
};

export function summarizeAttention(rows: readonly TokenRow[]): AttentionSummary {
  const byLevel: Record<HealthLevel, number> = { unhealthy: 0, warning: 0, healthy: 0 };
  const byIssue = Object.fromEntries(attentionIssueKeys.map((key) => [key, 0])) as Record<AttentionIssue, number>;
  for (const row of rows) {
    byLevel[row.health.level] += 1;
    for (const key of attentionIssueKeys) if (hasIssue(row, key)) byIssue[key] += 1;
  }
  return { total: rows.length, byLevel, byIssue };
}

export function levelCountLabel(level: Exclude<HealthLevel, 'healthy'>, n: number): string {
  return level === 'unhealthy' ? `${count(n)} unhealthy` : `${count(n)} ${n === 1 ? 'warning' : 'warnings'}`;
}

export type AttentionFilter = { health: HealthLevel[]; issue: AttentionIssue | undefined };
/** One count the summary offers; `level` is set on the two overall counts, not on the problems they break down into. */
export type AttentionItem = { key: string; label: string; level?: Exclude<HealthLevel, 'healthy'>; filter: AttentionFilter };

/** The counts the summary offers, each with the filter that shows exactly those tokens; none for a count of 0. */
export function attentionItems(summary: AttentionSummary, windows: WarningWindows = defaultWarningWindows): AttentionItem[] {
  const levels = (['unhealthy', 'warning'] as const).map((level) => ({
    key: level,
    count: summary.byLevel[level],
    label: levelCountLabel(level, summary.byLevel[level]),
    level,
    filter: { health: [level], issue: undefined },
  }));
  const issues = attentionIssueKeys.map((issue) => ({
    key: issue,
    count: summary.byIssue[issue],
    label: attentionIssues[issue].label(summary.byIssue[issue], windows),
    filter: { health: [], issue },
  }));
  return [...levels, ...issues].filter((item) => item.count > 0).map(({ count: _count, ...item }) => item);
}
