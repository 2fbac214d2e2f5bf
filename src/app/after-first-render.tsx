import { Suspense, useEffect, useState, useSyncExternalStore } from 'react';
import { lateModule, lazyWithPreload, useArrived } from '../ui/lazy-with-preload';
import { anyNoticeTold, subscribeToFirstNotice } from '../ui/notify';
import { whenIdle } from '../ui/when-idle';

const NoticeToaster = lazyWithPreload(() => import('../ui/notice-toaster'), (m) => m.NoticeToaster);
const focusManager = lateModule(() => import('../ui/focus-manager'));

/**
 * What the whole app needs but no first render does: the focus manager, asked for at once, so it is
 * there before any dialog can close; the toaster, once the browser is idle or with the first notice
 * if that comes sooner.
 */
export function AfterFirstRender() {
  const focus = useArrived(focusManager);
  const [idle, setIdle] = useState(false);
  useEffect(() => whenIdle(() => setIdle(true)), []);
  const told = useSyncExternalStore(subscribeToFirstNotice, anyNoticeTold, anyNoticeTold);
  return (
    <>
      {focus && <focus.FocusManager />}
      {(idle || told) && (
        <Suspense fallback={null}>
          <NoticeToaster />
        </Suspense>
      )}
    </>
  );
}
