import { defaultRunningOutPercent } from '../apps/model/vpp-apps';
import { intuneHealthWindows, type HealthWindows } from '../tokens/model/health';

/**
 * When the console calls a token or an app's licenses to the admin's attention, kept per browser:
 * admins ask to hear of an expiry weeks ahead, not Intune's 7 days.
 */
export type WarningWindows = HealthWindows & {
  /** An app with at least this share of its bought licenses in use is running out. */
  runningOutPercent: number;
  /** How long "Revoke licenses, then delete" waits for Apple before it offers Delete anyway. */
  revokeWaitMinutes: number;
};

export type WarningWindow = keyof WarningWindows;

/**
 * Each default lives with the rule it belongs to: Intune's health thresholds, the apps' running-out
 * share. The revoke wait has no rule but this setting (issue 15 asks for 10 minutes), so it lives here.
 */
export const defaultWarningWindows: WarningWindows = { ...intuneHealthWindows, runningOutPercent: defaultRunningOutPercent, revokeWaitMinutes: 10 };

/** What the admin may pick: a fixed list, so every stored value is one the settings can show again. */
export const warningWindowChoices: Record<WarningWindow, readonly number[]> = {
  expiringWithinDays: [7, 14, 30, 60, 90],
  syncWarningAfterDays: [1, 2, 3, 5, 7],
  syncUnhealthyAfterDays: [2, 3, 5, 7, 14],
  runningOutPercent: [50, 75, 80, 90, 95, 100],
  revokeWaitMinutes: [5, 10, 15, 30, 60],
};

const windowNames = Object.keys(warningWindowChoices) as WarningWindow[];

const storageKey = 'vpp-console.warning-windows';

/** A sync warning that came on after the token turned unhealthy would never show. */
export function syncAgesInOrder(windows: Pick<WarningWindows, 'syncWarningAfterDays' | 'syncUnhealthyAfterDays'>): boolean {
  return windows.syncWarningAfterDays < windows.syncUnhealthyAfterDays;
}

/**
 * The windows a stored value holds. Each window that is missing or not one of the choices takes its
 * default, and sync ages out of order both do: a bad value never fails the screens that read it.
 */
export function parseWarningWindows(stored: unknown): WarningWindows {
  const record = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  const windows = { ...defaultWarningWindows };
  for (const name of windowNames) {
    const value = record[name];
    if (typeof value === 'number' && warningWindowChoices[name].includes(value)) windows[name] = value;
  }
  if (!syncAgesInOrder(windows)) {
    windows.syncWarningAfterDays = defaultWarningWindows.syncWarningAfterDays;
    windows.syncUnhealthyAfterDays = defaultWarningWindows.syncUnhealthyAfterDays;
  }
  return windows;
}

export function readWarningWindows(storage: Pick<Storage, 'getItem'> | undefined): WarningWindows {
  try {
    return parseWarningWindows(JSON.parse(storage?.getItem(storageKey) ?? 'null'));
  } catch {
    return { ...defaultWarningWindows };
  }
}

export function writeWarningWindows(storage: Pick<Storage, 'setItem'> | undefined, windows: WarningWindows) {
  try {
    storage?.setItem(storageKey, JSON.stringify(windows));
  } catch {
    // A browser that keeps nothing (private mode, full storage) still follows the windows until reload.
  }
}

/** Whether a storage event from another tab is about these windows. */
export function isWarningWindowsKey(key: string | null): boolean {
  // null: the other tab cleared all of its storage.
  return key === null || key === storageKey;
}

/** "a day", "3 days": the way the summary and the settings speak of an age. */
export function daysText(days: number): string {
  return days === 1 ? 'a day' : `${days} days`;
}
