import { Suspense, useSyncExternalStore } from 'react';
import { lateModule, lazyWithPreload, useArrived } from '../ui/lazy-with-preload';
import { anyNoticeTold, subscribeToFirstNotice } from '../ui/notify';
import { useQuiet } from '../ui/when-quiet';

const NoticeToaster = lazyWithPreload(() => import('../ui/notice-toaster'), (m) => m.NoticeToaster);
const focusManager = lateModule(() => import('../ui/focus-manager'));

/**
 * What the whole app needs but no first render does, asked for once the first page has loaded (so
 * it never competes with the data the admin waits for): the focus manager, before any dialog can
 * close, and the toaster, or that with the first notice if it comes sooner.
 */
export function AfterFirstRender() {
  const quiet = useQuiet();
  const focus = useArrived(focusManager, quiet);
  const told = useSyncExternalStore(subscribeToFirstNotice, anyNoticeTold, anyNoticeTold);
  return (
    <>
      {focus && <focus.FocusManager />}
      {(quiet || told) && (
        <Suspense fallback={null}>
          <NoticeToaster />
        </Suspense>
      )}
    </>
  );
}
