import { Button, type ButtonProps } from '@fluentui/react-components';
import { KeyResetRegular } from '@fluentui/react-icons';
import type { VppToken } from '@microsoft/microsoft-graph-types-beta';
import { useState } from 'react';
import { useCanWrite } from '../../../auth/auth-context';
import { RenewTokenDialog } from './renew-token-dialog';

/** "Renew token" with its own dialog, for anywhere a token is shown (a list row, the detail page). */
export function RenewTokenButton({ token, appearance, size }: { token: VppToken } & Pick<ButtonProps, 'appearance' | 'size'>) {
  const [open, setOpen] = useState(false);
  const readOnly = useCanWrite() === false;
  return (
    <>
      <Button icon={<KeyResetRegular />} appearance={appearance} size={size} disabled={readOnly} onClick={() => setOpen(true)}>
        Renew token
      </Button>
      <RenewTokenDialog token={token} open={open} onClose={() => setOpen(false)} />
    </>
  );
}
