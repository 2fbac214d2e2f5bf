import type { VppToken } from '@microsoft/microsoft-graph-types-beta';
import { day, describeAgo, describeExpiry, isNeverDate, parseDate } from './relative-time';

export type HealthLevel = 'healthy' | 'warning' | 'unhealthy';

export type HealthAction = 'renew' | 'sync' | 'takeControl' | 'delete' | 'none';

export type HealthReason = {
  code: string;
  message: string;
  action: HealthAction;
};

export type TokenHealth = { level: HealthLevel; reasons: HealthReason[] };

/** Higher needs attention sooner: sort descending to put the worst first. */
export const healthRank: Record<HealthLevel, number> = { healthy: 0, warning: 1, unhealthy: 2 };

/** When a token's dates call for attention, in whole days; the admin may widen them (see features/settings). */
export type HealthWindows = {
  /** Expiring this close to its expiry date is a warning. */
  expiringWithinDays: number;
  /** Not synced for longer than this is a warning. */
  syncWarningAfterDays: number;
  /** Not synced for this long is unhealthy. */
  syncUnhealthyAfterDays: number;
};

/** Intune's connector-status thresholds: the default, and the rule the admin center itself applies. */
export const intuneHealthWindows: HealthWindows = { expiringWithinDays: 7, syncWarningAfterDays: 1, syncUnhealthyAfterDays: 3 };

const fromAppleBusinessManager = 'with a new file from Apple Business Manager';

type RatedReason = HealthReason & { level: Exclude<HealthLevel, 'healthy'> };

/**
 * Intune's rule for a token's health, with the reasons spelled out for the admin and the action
 * that fixes each. Never throws: Graph may send unreadable dates or states added after this code.
 */
export function tokenHealth(token: VppToken, now: number, windows: HealthWindows = intuneHealthWindows): TokenHealth {
  const reasons = [...stateReasons(token, now), ...expiryReasons(token, now, windows), ...syncReasons(token, now, windows)];
  const worstFirst = reasons.sort((a, b) => healthRank[b.level] - healthRank[a.level]);
  const level = worstFirst[0]?.level ?? 'healthy';
  return { level, reasons: worstFirst.map(({ code, message, action }) => ({ code, message, action })) };
}

export function needsAttention(health: TokenHealth): boolean {
  return health.level !== 'healthy';
}

function stateReasons(token: VppToken, now: number): RatedReason[] {
  const state: string | undefined = token.state;
  switch (state) {
    case undefined:
    case 'valid':
      return [];
    case 'expired': {
      // The expiry date gives the better message when it agrees that the token has expired.
      const expires = token.expirationDateTime ? parseDate(token.expirationDateTime) : undefined;
      if (expires !== undefined && expires <= now) return [];
      return [
        {
          level: 'unhealthy',
          code: 'expired',
          action: 'renew',
          message: `Apple reports this token as expired: renew it ${fromAppleBusinessManager}.`,
        },
      ];
    }
    case 'invalid':
      return [
        {
          level: 'unhealthy',
          code: 'invalid',
          action: 'renew',
          message: `Apple no longer accepts this token, often because the Apple account's password or domain changed: renew it ${fromAppleBusinessManager}.`,
        },
      ];
    case 'assignedToExternalMDM':
      return [
        {
          level: 'unhealthy',
          code: 'assignedToExternalMdm',
          action: 'takeControl',
          message: 'Another MDM is using this token: take control of it here, or remove it from the other MDM.',
        },
      ];
    case 'duplicateLocationId':
      return [
        {
          level: 'unhealthy',
          code: 'duplicateLocation',
          action: 'delete',
          message: 'This token location was uploaded twice: delete the duplicate token.',
        },
      ];
    case 'unknown':
      return [
        {
          level: 'warning',
          code: 'unknownState',
          action: 'sync',
          message: "Intune doesn't know this token's state yet: sync it to check.",
        },
      ];
    default:
      return [
        {
          level: 'warning',
          code: 'unrecognizedState',
          action: 'none',
          message: `Intune reports a state this console doesn't know ("${state}"): check the token in the Intune admin center.`,
        },
      ];
  }
}

function expiryReasons(token: VppToken, now: number, windows: HealthWindows): RatedReason[] {
  const text = token.expirationDateTime;
  const expires = text ? parseDate(text) : undefined;
  if (expires === undefined) {
    return [
      {
        level: 'warning',
        code: 'unreadableDate',
        action: 'none',
        message: "This token's expiry date can't be read, so its health is unknown.",
      },
    ];
  }
  if (expires <= now) {
    return [
      {
        level: 'unhealthy',
        code: 'expired',
        action: 'renew',
        message: `${capitalize(describeExpiry(text, now))}: renew the token ${fromAppleBusinessManager}.`,
      },
    ];
  }
  if (expires - now <= windows.expiringWithinDays * day) {
    return [
      {
        level: 'warning',
        code: 'expiresSoon',
        action: 'renew',
        message: `Expires ${describeExpiry(text, now)}: renew it before then ${fromAppleBusinessManager}.`,
      },
    ];
  }
  return [];
}

function syncReasons(token: VppToken, now: number, windows: HealthWindows): RatedReason[] {
  const reasons: RatedReason[] = [];
  const status: string | undefined = token.lastSyncStatus;
  if (status === 'failed') {
    reasons.push({
      level: 'warning',
      code: 'lastSyncFailed',
      action: 'sync',
      message: 'The last sync failed: sync again, and if it keeps failing check the token in Apple Business Manager.',
    });
  }
  const text = token.lastSyncDateTime;
  if (!text || isNeverDate(text)) {
    reasons.push({
      level: 'warning',
      code: 'neverSynced',
      action: 'sync',
      message: 'Never synced: sync it to bring in its apps and licenses from Apple.',
    });
    return reasons;
  }
  const synced = parseDate(text);
  if (synced === undefined) {
    reasons.push({
      level: 'warning',
      code: 'unreadableDate',
      action: 'sync',
      message: "This token's last sync date can't be read: sync it to refresh it.",
    });
    return reasons;
  }
  const since = now - synced;
  const unhealthyAfter = windows.syncUnhealthyAfterDays;
  if (since >= unhealthyAfter * day) {
    // Says whose rule it is: Intune's own, or the stricter or looser one this browser was set to.
    const whose = unhealthyAfter === intuneHealthWindows.syncUnhealthyAfterDays ? 'Intune marks' : 'Your warning windows mark';
    reasons.push({
      level: 'unhealthy',
      code: 'syncStale',
      action: 'sync',
      message: `Last synced ${describeAgo(text, now)}: sync it now. ${whose} a token unhealthy after ${unhealthyAfter} days without a sync.`,
    });
  } else if (since > windows.syncWarningAfterDays * day) {
    reasons.push({
      level: 'warning',
      code: 'syncOverdue',
      action: 'sync',
      message: `Last synced ${describeAgo(text, now)}: sync it to pick up new purchases and licenses.`,
    });
  }
  return reasons;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
