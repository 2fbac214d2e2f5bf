/**
 * The app's announcements (a save, a sync, a delete), told from anywhere and shown as toasts in one
 * place. The toaster is not in the first download, so a notice told before it has loaded waits for
 * it rather than being lost.
 */
export type Notice = {
  title: string;
  body?: string;
  intent: 'success' | 'warning' | 'error';
  /** How long it stays, in ms; the toaster's default when absent. */
  timeout?: number;
  /** One step the notice offers, such as Undo; it closes the notice. */
  action?: { label: string; run: () => void };
};

type Show = (notice: Notice) => void;

let show: Show | null = null;
const waiting: Notice[] = [];
let told = false;
const toldListeners = new Set<() => void>();

export function notify(notice: Notice): void {
  if (!told) {
    told = true;
    toldListeners.forEach((listener) => listener());
  }
  if (show) show(notice);
  else waiting.push(notice);
}

/** For the toaster: shows the notices told so far, in order, then each new one. Returns the release. */
export function showNotices(next: Show): () => void {
  show = next;
  waiting.splice(0).forEach(next);
  return () => {
    if (show === next) show = null;
  };
}

/** Whether any notice has been told yet: from then on the app needs its toaster. */
export function anyNoticeTold(): boolean {
  return told;
}

export function subscribeToFirstNotice(listener: () => void): () => void {
  toldListeners.add(listener);
  return () => toldListeners.delete(listener);
}
