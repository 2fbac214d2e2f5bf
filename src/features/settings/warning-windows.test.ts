import { describe, expect, it } from 'vitest';
import { defaultRunningOutPercent } from '../apps/model/vpp-apps';
import { intuneHealthWindows } from '../tokens/model/health';
import {
  daysText,
  defaultWarningWindows,
  isWarningWindowsKey,
  parseWarningWindows,
  readWarningWindows,
  warningWindowChoices,
  writeWarningWindows,
  type WarningWindow,
} from './warning-windows';
import { choiceLabel, warningWindowsProblems } from './warning-windows-form';

const key = 'vpp-console.warning-windows';

function memoryStorage(initial?: string) {
  const items = new Map<string, string>();
  if (initial !== undefined) items.set(key, initial);
  return { items, getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, value: string) => void items.set(k, value) };
}

describe('warning windows', () => {
  it('defaults to Intune’s rule and the apps’ running-out share and revoke wait, each from its own module', () => {
    expect(defaultWarningWindows).toEqual({ expiringWithinDays: 7, syncWarningAfterDays: 1, syncUnhealthyAfterDays: 3, runningOutPercent: 90, revokeWaitMinutes: 10 });
    expect(defaultWarningWindows).toEqual({ ...intuneHealthWindows, runningOutPercent: defaultRunningOutPercent, revokeWaitMinutes: 10 });
  });

  it('offers every default among its choices, and expiry windows up to 90 days', () => {
    for (const name of Object.keys(warningWindowChoices) as WarningWindow[]) {
      expect(warningWindowChoices[name]).toContain(defaultWarningWindows[name]);
    }
    expect(warningWindowChoices.expiringWithinDays).toEqual([7, 14, 30, 60, 90]);
  });

  it('keeps the windows per browser and reads them back', () => {
    const storage = memoryStorage();
    const chosen = { expiringWithinDays: 60, syncWarningAfterDays: 2, syncUnhealthyAfterDays: 5, runningOutPercent: 75, revokeWaitMinutes: 30 };
    writeWarningWindows(storage, chosen);
    expect(JSON.parse(storage.items.get(key)!)).toEqual(chosen);
    expect(readWarningWindows(storage)).toEqual(chosen);
  });

  it('falls back to the defaults when nothing was kept, or what was kept is unreadable', () => {
    expect(readWarningWindows(memoryStorage())).toEqual(defaultWarningWindows);
    expect(readWarningWindows(undefined)).toEqual(defaultWarningWindows);
    for (const bad of ['{oops', 'null', '42', '"60"', '[60]', '{}']) expect(readWarningWindows(memoryStorage(bad))).toEqual(defaultWarningWindows);
    const throwing = { getItem: () => { throw new Error('denied'); } };
    expect(readWarningWindows(throwing)).toEqual(defaultWarningWindows);
  });

  it('takes the default for each window that is not one of the choices, and keeps the rest', () => {
    expect(parseWarningWindows({ expiringWithinDays: 45, runningOutPercent: 75 })).toEqual({ ...defaultWarningWindows, runningOutPercent: 75 });
    expect(parseWarningWindows({ expiringWithinDays: '60', syncWarningAfterDays: -1, runningOutPercent: null })).toEqual(defaultWarningWindows);
    expect(parseWarningWindows({ expiringWithinDays: 60, unknownSetting: true })).toEqual({ ...defaultWarningWindows, expiringWithinDays: 60 });
    expect(parseWarningWindows({ revokeWaitMinutes: 45 })).toEqual(defaultWarningWindows);
    expect(parseWarningWindows({ revokeWaitMinutes: 30 })).toEqual({ ...defaultWarningWindows, revokeWaitMinutes: 30 });
  });

  it('takes both sync defaults when the ages kept are out of order', () => {
    expect(parseWarningWindows({ syncWarningAfterDays: 5, syncUnhealthyAfterDays: 3, expiringWithinDays: 30 })).toEqual({
      ...defaultWarningWindows,
      expiringWithinDays: 30,
    });
    expect(parseWarningWindows({ syncWarningAfterDays: 3, syncUnhealthyAfterDays: 3 })).toEqual(defaultWarningWindows);
    // A warning age kept alone must still come before the default unhealthy age.
    expect(parseWarningWindows({ syncWarningAfterDays: 7 })).toEqual(defaultWarningWindows);
  });

  it('survives a browser that refuses to keep anything', () => {
    expect(() => writeWarningWindows({ setItem: () => { throw new Error('quota'); } }, defaultWarningWindows)).not.toThrow();
  });

  it('knows the storage events that concern it', () => {
    expect(isWarningWindowsKey(key)).toBe(true);
    expect(isWarningWindowsKey(null)).toBe(true);
    expect(isWarningWindowsKey('vpp-console.list.hidden-columns')).toBe(false);
  });

  it('speaks of ages as an admin would', () => {
    expect(daysText(1)).toBe('a day');
    expect(daysText(60)).toBe('60 days');
  });
});

describe('warningWindowsProblems', () => {
  it('finds nothing wrong with the defaults or any ordered choice', () => {
    expect(warningWindowsProblems(defaultWarningWindows)).toEqual({});
    expect(warningWindowsProblems({ expiringWithinDays: 90, syncWarningAfterDays: 7, syncUnhealthyAfterDays: 14, runningOutPercent: 100, revokeWaitMinutes: 60 })).toEqual({});
  });

  it('puts the sync ages’ order at both of their fields', () => {
    expect(warningWindowsProblems({ ...defaultWarningWindows, syncWarningAfterDays: 3, syncUnhealthyAfterDays: 3 })).toEqual({
      syncWarningAfterDays: 'The warning must come before the token turns unhealthy: choose less than 3 days.',
      syncUnhealthyAfterDays: 'A token turns unhealthy only after its sync warning: choose more than 3 days.',
    });
  });

  it('refuses values that are not among the choices', () => {
    expect(warningWindowsProblems({ ...defaultWarningWindows, expiringWithinDays: 45, runningOutPercent: Number.NaN })).toEqual({
      expiringWithinDays: 'Choose one of the listed values.',
      runningOutPercent: 'Choose one of the listed values.',
    });
  });
});

describe('choiceLabel', () => {
  it('names days and shares, and marks the default', () => {
    expect(choiceLabel('expiringWithinDays', 7, 7)).toBe('7 days (default)');
    expect(choiceLabel('expiringWithinDays', 60, 7)).toBe('60 days');
    expect(choiceLabel('syncWarningAfterDays', 1, 1)).toBe('1 day (default)');
    expect(choiceLabel('runningOutPercent', 75, 90)).toBe('75 %');
    expect(choiceLabel('revokeWaitMinutes', 10, 10)).toBe('10 minutes (default)');
  });
});
