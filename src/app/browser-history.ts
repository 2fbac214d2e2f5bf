import { createBrowserHistory, type RouterHistory } from '@tanstack/react-router';

/** How the address changed: 'PUSH', 'REPLACE', 'BACK', 'FORWARD' or 'GO'. */
export type HistoryAction = Parameters<Parameters<RouterHistory['subscribe']>[0]>[0]['action']['type'];

type EntryState = { key?: unknown; __TSR_key?: unknown; __TSR_index?: unknown };

const isObject = (value: unknown): value is EntryState => typeof value === 'object' && value !== null;

const createKey = () => Math.random().toString(36).slice(2, 10);

export type AppHistory = {
  history: RouterHistory;
  /**
   * How the address last changed: 'PUSH' or 'REPLACE' for a link or a navigation the app made,
   * 'BACK', 'FORWARD' or 'GO' for the browser's history; undefined for the page the tab opened on.
   */
  lastAction: () => HistoryAction | undefined;
  /** Lets go of the browser's history (tests make one per case). */
  destroy: () => void;
};

/**
 * The browser's history as the router keeps it, where every entry carries its position so that a
 * move through history is measured (Back is -1, `history.go(-2)` is -2) and a move a leave guard
 * refuses is undone by as many steps. An entry the router did not make has no position: a
 * `#fragment` link, or a hash typed in the address bar. Measured as it is, Back across one looked
 * like no move at all and went unasked, and go(-2) was undone by one step only; so such an entry
 * gets its position as soon as the tab reaches it: the one after the entry it was made from.
 */
export function createAppHistory(win: Window = window): AppHistory {
  const stampEntry = () => {
    const state: unknown = win.history.state;
    if (isObject(state) && typeof state.__TSR_index === 'number') return;
    const key = createKey();
    const index = history.location.state.__TSR_index + 1;
    // The History prototype's own replaceState: the router's copy on `win.history` would take this for a navigation.
    Object.getPrototypeOf(win.history).replaceState.call(win.history, { ...(isObject(state) ? state : {}), key, __TSR_key: key, __TSR_index: index }, '');
  };
  // Before the router's own popstate listener, which measures the move.
  win.addEventListener('popstate', stampEntry, { capture: true });
  const history = createBrowserHistory({ window: win });

  let lastAction: HistoryAction | undefined;
  history.subscribe(({ action }) => {
    lastAction = action.type;
  });
  return {
    history,
    lastAction: () => lastAction,
    destroy: () => {
      win.removeEventListener('popstate', stampEntry, { capture: true });
      history.destroy();
    },
  };
}
