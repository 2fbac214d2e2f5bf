import { Suspense, useEffect, useState } from 'react';
import type { ConfirmDialogProps } from './confirm-dialog-surface';
import { lazyWithPreload } from './lazy-with-preload';
import { whenIdle } from './when-idle';

export type { ConfirmDialogProps };

// No page needs a question before it shows its data: Fluent's Dialog (and its focus trap) arrives
// when the browser is next idle, or when a question is first asked, whichever is sooner.
const Surface = lazyWithPreload(() => import('./confirm-dialog-surface'), (m) => m.ConfirmDialogSurface);
const ignore = () => undefined;

/** The one way the app asks before a step: delete, consent, leaving unsaved work, a bulk change. */
export function ConfirmDialog(props: ConfirmDialogProps) {
  useEffect(() => whenIdle(() => void Surface.preload().catch(ignore)), []);
  // Once asked, the dialog stays mounted and closes as Fluent's dialogs do: unmounted while open,
  // its focus trap could leave the rest of the page hidden from assistive technology.
  const [asked, setAsked] = useState(props.open);
  if (props.open && !asked) setAsked(true);
  if (!asked) return null;
  return (
    <Suspense fallback={null}>
      <Surface {...props} />
    </Suspense>
  );
}
