import { Button, Spinner, type ButtonProps } from '@fluentui/react-components';
import { ArrowSyncRegular } from '@fluentui/react-icons';
import { useCanWrite } from '../../../auth/auth-context';
import { notify, type Notice } from '../../../ui/notify';
import { useLatestSync, useSyncLicenses, type SyncOutcome } from '../data/sync-token';
import { describeSyncError, describeSyncOutcome } from './sync-messages';

/**
 * Starts a license sync, and says "Syncing…" while one for this token runs, whichever screen started
 * it. Where no status panel is shown (a list row), `announce` reports the result in a toast.
 */
export function SyncLicensesButton(props: SyncLicensesButtonProps) {
  const syncing = useLatestSync(props.tokenId).status === 'pending';
  return <SyncLicensesButtonFor {...props} syncing={syncing} />;
}

type SyncLicensesButtonProps = {
  tokenId: string;
  tokenLabel: string;
  announce?: boolean;
  /** The icon alone, its words its accessible name (a list row, where the grid's tooltip says them). */
  iconOnly?: boolean;
} & Pick<ButtonProps, 'appearance' | 'size'>;

/** The same button where the screen knows already whether the token is syncing (the list asks once for all its rows). */
export function SyncLicensesButtonFor({
  tokenId,
  tokenLabel,
  announce = false,
  appearance,
  size,
  iconOnly = false,
  syncing,
}: SyncLicensesButtonProps & { syncing: boolean }) {
  const sync = useSyncLicenses(tokenId);
  const readOnly = useCanWrite() === false;
  const toast = (intent: Notice['intent'], { title, message }: { title: string; message: string }) =>
    notify({ title: `${tokenLabel}: ${title}`, body: message, intent });
  // The promise, not `mutate`'s callbacks: those go with the button, and a list row's button may
  // show another token (or be gone) by the time Apple answers; the result still belongs in a toast.
  const start = () =>
    void sync.mutateAsync().then(
      (outcome: SyncOutcome) => {
        if (!announce) return;
        const intent = outcome.result === 'completed' ? 'success' : outcome.result === 'failed' ? 'error' : 'warning';
        toast(intent, describeSyncOutcome(outcome));
      },
      (error: unknown) => announce && toast('error', describeSyncError(error)),
    );

  const label = syncing ? 'Syncing…' : 'Sync licenses';
  return (
    <Button
      icon={syncing ? <Spinner size="tiny" /> : <ArrowSyncRegular />}
      appearance={appearance}
      size={size}
      // Focusable while disabled: a sync started from the keyboard leaves the focus where it was, not
      // on the page's body, and a read-only admin can still hover or tab to a row's icon for its name.
      disabledFocusable={syncing || readOnly}
      onClick={start}
      aria-label={iconOnly ? label : undefined}
    >
      {iconOnly ? undefined : label}
    </Button>
  );
}
