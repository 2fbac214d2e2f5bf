import { Suspense, useEffect, useState, useSyncExternalStore } from 'react';
import { lazyWithPreload } from '../ui/lazy-with-preload';
import { anyNoticeTold, subscribeToFirstNotice } from '../ui/notify';
import { whenIdle } from '../ui/when-idle';

const NoticeToaster = lazyWithPreload(() => import('../ui/notice-toaster'), (m) => m.NoticeToaster);

/** The toaster arrives once the browser is idle after the first render, or with the first notice if that comes sooner. */
export function AppToaster() {
  const [idle, setIdle] = useState(false);
  useEffect(() => whenIdle(() => setIdle(true)), []);
  const told = useSyncExternalStore(subscribeToFirstNotice, anyNoticeTold, anyNoticeTold);
  return (
    (idle || told) && (
      <Suspense fallback={null}>
        <NoticeToaster />
      </Suspense>
    )
  );
}
