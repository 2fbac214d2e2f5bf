import { useSyncExternalStore } from 'react';
import { defaultWarningWindows, isWarningWindowsKey, readWarningWindows, writeWarningWindows, type WarningWindows } from './warning-windows';

const storage = () => (typeof window === 'undefined' ? undefined : window.localStorage);

// One copy for the whole page, so the list, the token's page and the apps all follow a change at once.
let current: WarningWindows | undefined;
const listeners = new Set<() => void>();
const changed = () => listeners.forEach((listener) => listener());
const snapshot = () => (current ??= readWarningWindows(storage()));

// Another tab's change applies here too: the windows are the browser's, not the tab's.
function onStorage(event: StorageEvent) {
  if (!isWarningWindowsKey(event.key)) return;
  current = undefined;
  changed();
}

function subscribe(listener: () => void) {
  if (listeners.size === 0) window.addEventListener('storage', onStorage);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('storage', onStorage);
  };
}

/** The warning windows this browser keeps; Intune's defaults until the admin changes them. */
export function useWarningWindows(): WarningWindows {
  return useSyncExternalStore(subscribe, snapshot, () => defaultWarningWindows);
}

/** Keeps the windows in this browser; every screen that reads them follows. */
export function saveWarningWindows(windows: WarningWindows) {
  writeWarningWindows(storage(), windows);
  current = { ...windows };
  changed();
}
