import { Button, type ButtonProps } from '@fluentui/react-components';
import { WarningRegular } from '@fluentui/react-icons';
import { Suspense, useState } from 'react';
import { lazyWithPreload } from '../../ui/lazy-with-preload';

// Fluent's Dialog, Field and Select stay out of the screens' first download: the settings load as
// the pointer or the focus reaches the button.
const WarningWindowsDialog = lazyWithPreload(() => import('./warning-windows-dialog'), (m) => m.WarningWindowsDialog);
const ignore = () => undefined;
const preload = () => void WarningWindowsDialog.preload().catch(ignore);

/** "Warning windows": opens the settings for when a token or its licenses call for attention. */
export function WarningWindowsButton({ appearance, size }: Pick<ButtonProps, 'appearance' | 'size'>) {
  const [open, setOpen] = useState(false);
  // Once opened, the dialog stays mounted and closes as Fluent's dialogs do.
  const [asked, setAsked] = useState(false);
  return (
    <>
      <Button
        icon={<WarningRegular />}
        appearance={appearance}
        size={size}
        aria-haspopup="dialog"
        onPointerEnter={preload}
        onFocus={preload}
        onClick={() => {
          setAsked(true);
          setOpen(true);
        }}
      >
        Warning windows
      </Button>
      {asked && (
        <Suspense fallback={null}>
          <WarningWindowsDialog open={open} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
