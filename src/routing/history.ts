/**
 * The app's address bar: the browser's history as a store React can subscribe to, with a way for
 * a page to hold a navigation back (unsaved edits, a bulk change under way) until the admin decides.
 */
export type NavigationType = 'POP' | 'PUSH' | 'REPLACE';

export type AppLocation = Readonly<{
  pathname: string;
  search: string;
  hash: string;
  /** Unique to this history entry: 'default' for the one the tab opened on. */
  key: string;
}>;

/** A path (`/tokens/1?x=y`), or parts of one; a missing pathname means the current page. */
export type To = string | Partial<Pick<AppLocation, 'pathname' | 'search' | 'hash'>>;

export type NavigateOptions = { replace?: boolean };

/** Answers true to hold back a move from one location to another. */
export type LeaveCheck = (move: { from: AppLocation; to: AppLocation }) => boolean;

/** A navigation a leave check held back. */
export type HeldNavigation = Readonly<{ heldBy: LeaveCheck; proceed: () => void; cancel: () => void }>;

export interface AppHistory {
  location(): AppLocation;
  /** How the current location was reached: 'POP' for the first page and for Back and Forward. */
  navigationType(): NavigationType;
  held(): HeldNavigation | null;
  navigate(to: To, options?: NavigateOptions): void;
  /** Every navigation, in the app or by Back and Forward, is first put to `check`. Returns its removal. */
  addLeaveCheck(check: LeaveCheck): () => void;
  subscribe(listener: () => void): () => void;
}

type EntryState = { key?: unknown; idx?: unknown };

const createKey = () => Math.random().toString(36).slice(2, 10);

export function createBrowserHistory(win: Window = window): AppHistory {
  const listeners = new Set<() => void>();
  const checks = new Set<LeaveCheck>();
  let held: HeldNavigation | null = null;
  let type: NavigationType = 'POP';
  // Each entry this app made carries its position, so a held Back or Forward can be undone by as many steps.
  let index: number;
  let location: AppLocation;
  // The pop that undoes a held Back or Forward is no navigation of its own.
  let undoingPop = false;
  // A held Back or Forward the admin let through must not be held a second time.
  let letThrough = false;

  const entryState = (): EntryState => {
    const state: unknown = win.history.state;
    return state !== null && typeof state === 'object' ? (state as EntryState) : {};
  };
  const read = (): AppLocation => {
    const { pathname, search, hash } = win.location;
    const { key } = entryState();
    return { pathname, search, hash, key: typeof key === 'string' ? key : 'default' };
  };

  {
    const state = entryState();
    if (typeof state.idx !== 'number') win.history.replaceState({ ...state, key: 'default', idx: 0 }, '');
    index = entryState().idx as number;
    location = read();
  }

  const emit = () => listeners.forEach((listener) => listener());
  const commit = (next: AppLocation, nextType: NavigationType, nextIndex: number) => {
    location = next;
    type = nextType;
    index = nextIndex;
    emit();
  };
  const hold = (next: HeldNavigation | null) => {
    held = next;
    emit();
  };
  const checkHolding = (to: AppLocation) => [...checks].find((check) => check({ from: location, to }));

  const resolve = (to: To): Omit<AppLocation, 'key'> => {
    if (typeof to === 'string') {
      const url = new URL(to, win.location.href);
      return { pathname: url.pathname, search: url.search, hash: url.hash };
    }
    return {
      pathname: to.pathname ?? location.pathname,
      search: normalize(to.search ?? (to.pathname === undefined ? location.search : ''), '?'),
      hash: normalize(to.hash ?? '', '#'),
    };
  };

  win.addEventListener('popstate', () => {
    if (undoingPop) {
      undoingPop = false;
      return;
    }
    const next = read();
    const { idx } = entryState();
    const nextIndex = typeof idx === 'number' ? idx : index;
    const delta = index - nextIndex;
    const check = letThrough || delta === 0 ? undefined : checkHolding(next);
    letThrough = false;
    if (check) {
      undoingPop = true;
      win.history.go(delta);
      hold({
        heldBy: check,
        proceed: () => {
          held = null;
          letThrough = true;
          win.history.go(-delta);
        },
        cancel: () => hold(null),
      });
      return;
    }
    held = null;
    commit(next, 'POP', nextIndex);
  });

  return {
    location: () => location,
    navigationType: () => type,
    held: () => held,
    navigate(to, options) {
      const key = createKey();
      const next: AppLocation = { ...resolve(to), key };
      const href = `${next.pathname}${next.search}${next.hash}`;
      const go = () => {
        held = null;
        if (options?.replace) {
          win.history.replaceState({ key, idx: index }, '', href);
          commit(next, 'REPLACE', index);
        } else {
          win.history.pushState({ key, idx: index + 1 }, '', href);
          commit(next, 'PUSH', index + 1);
        }
      };
      const check = checkHolding(next);
      if (check) hold({ heldBy: check, proceed: go, cancel: () => hold(null) });
      else go();
    },
    addLeaveCheck(check) {
      checks.add(check);
      return () => {
        checks.delete(check);
        if (held?.heldBy === check) hold(null);
      };
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** `?` and `#` alone say nothing: an empty search or hash. */
function normalize(part: string, prefix: '?' | '#'): string {
  if (part === '' || part === prefix) return '';
  return part.startsWith(prefix) ? part : `${prefix}${part}`;
}
