import { Button, type ButtonProps } from '@fluentui/react-components';
import { KeyResetRegular } from '@fluentui/react-icons';
import type { VppToken } from '@microsoft/microsoft-graph-types-beta';
import { Suspense, useState } from 'react';
import { useCanWrite } from '../../../auth/auth-context';
import { lazyWithPreload } from '../../../ui/lazy-with-preload';

// The dialog, its file reader and its checks load when a renewal is near: on hover or focus of the
// button, at the latest on the click. A list shows this button on many rows and opens it rarely.
const RenewTokenDialog = lazyWithPreload(() => import('./renew-token-dialog'), (m) => m.RenewTokenDialog);
const preload = () => void RenewTokenDialog.preload().catch(() => undefined);

/** "Renew token" with its own dialog, for anywhere a token is shown (a list row, the detail page). */
export function RenewTokenButton({ token, appearance, size }: { token: VppToken } & Pick<ButtonProps, 'appearance' | 'size'>) {
  const [open, setOpen] = useState(false);
  // Mounted from the first opening on, so closing still animates.
  const [opened, setOpened] = useState(false);
  const readOnly = useCanWrite() === false;
  return (
    <>
      <Button
        icon={<KeyResetRegular />}
        appearance={appearance}
        size={size}
        disabled={readOnly}
        onPointerEnter={preload}
        onFocus={preload}
        onClick={() => {
          setOpened(true);
          setOpen(true);
        }}
      >
        Renew token
      </Button>
      {opened && (
        <Suspense fallback={null}>
          <RenewTokenDialog token={token} open={open} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
