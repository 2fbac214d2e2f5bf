import { Suspense } from 'react';
import { lazyWithPreload } from './lazy-with-preload';

// Every screen's error bar shows a request ID; the button that copies it brings Fluent's Tooltip
// with its positioning (some 15 kB gzip), which no page should download before its data. The ID
// shows at once; the button joins it when its code is here (nothing can have focused it before).
const CopyButton = lazyWithPreload(() => import('./copy-button'), (m) => m.CopyButton);

/** A value an admin may need to paste into a support case, with a button that copies it. */
export function CopyableText({ label, value }: { label: string; value: string }) {
  return (
    <span>
      {label}: <code>{value}</code>{' '}
      <Suspense fallback={null}>
        <CopyButton label={label} value={value} />
      </Suspense>
    </span>
  );
}
