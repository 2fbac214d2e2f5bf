import { Button, type ButtonProps } from '@fluentui/react-components';
import { KeyResetRegular } from '@fluentui/react-icons';
import type { VppToken } from '@microsoft/microsoft-graph-types-beta';
import { createContext, Suspense, useCallback, useContext, useState, type ComponentProps, type ReactNode } from 'react';
import { useCanWrite } from '../../../auth/auth-context';
import { lazyWithPreload } from '../../../ui/lazy-with-preload';
import { useShownToken } from '../data/shown-tokens';

// The dialog, its file reader and its checks load when a renewal is near: on hover or focus of the
// button, at the latest on the click. A list shows this button on many rows and opens it rarely.
const RenewTokenDialog = lazyWithPreload(() => import('./renew-token-dialog'), (m) => m.RenewTokenDialog);
const preload = () => void RenewTokenDialog.preload().catch(() => undefined);

/** Opens a renewal in the dialog of a `RenewalDialogHost`, where there is one. */
const RenewalHost = createContext<((token: VppToken) => void) | undefined>(undefined);

/**
 * Holds the renewal dialogs for buttons that may go while one is open: a list row stops offering a
 * renewal once its token is renewed, and leaves the screen when a filter or a scroll takes it away,
 * yet the dialog must stay to say how the renewal went (the new expiry, the location before and after).
 * Each token's dialog stays mounted once opened, as a button's own would: closed while Intune catches
 * up, it keeps waiting for the new expiry, and opened again it shows where the renewal is.
 */
export function RenewalDialogHost({
  children,
  returnFocus,
}: {
  children: ReactNode;
  /** Gives focus back once the dialog is gone, given what had it when the dialog opened (which may have gone too). */
  returnFocus: (tokenId: string, opener: HTMLElement | null) => void;
}) {
  const [opened, setOpened] = useState<readonly VppToken[]>([]);
  const [openId, setOpenId] = useState<string>();
  const start = useCallback((token: VppToken) => {
    setOpened((tokens) => (tokens.some((each) => each.id === token.id) ? tokens : [...tokens, token]));
    setOpenId(token.id!);
  }, []);
  return (
    <RenewalHost.Provider value={start}>
      {children}
      <Suspense fallback={null}>
        {opened.map((token) => (
          <HostedRenewal
            key={token.id}
            opened={token}
            open={token.id === openId}
            onClose={() => setOpenId(undefined)}
            returnFocus={(opener) => returnFocus(token.id!, opener)}
          />
        ))}
      </Suspense>
    </RenewalHost.Provider>
  );
}

/** The dialog with the token as it is now, not as it was when the button was pressed: its location after the upload is Graph's new one. */
function HostedRenewal({
  opened,
  ...dialog
}: { opened: VppToken } & Omit<ComponentProps<typeof RenewTokenDialog>, 'token'>) {
  const { shown } = useShownToken(opened.id!);
  return <RenewTokenDialog token={shown ?? opened} {...dialog} />;
}

/**
 * "Renew token" on a list row: its dialog is the `RenewalDialogHost`'s, which outlives the row.
 * `iconOnly`: the icon alone, its words its accessible name (the grid's tooltip says them).
 */
export function RenewTokenButton({
  token,
  appearance,
  size,
  iconOnly = false,
}: { token: VppToken; iconOnly?: boolean } & Pick<ButtonProps, 'appearance' | 'size'>) {
  const host = useContext(RenewalHost);
  const readOnly = useCanWrite() === false;
  return (
    <Button
      icon={<KeyResetRegular />}
      appearance={appearance}
      size={size}
      // Without a host there is nowhere to renew: the button says so rather than doing nothing.
      // Focusable, as Sync is beside it, so that a read-only admin can still learn what the icon is.
      disabledFocusable={readOnly || !host}
      onPointerEnter={preload}
      onFocus={preload}
      onClick={() => host?.(token)}
      aria-label={iconOnly ? 'Renew token' : undefined}
    >
      {iconOnly ? undefined : 'Renew token'}
    </Button>
  );
}
