import { Checkbox, makeStyles, tokens } from '@fluentui/react-components';
import { useState, type ReactNode } from 'react';
import { ConfirmDialog } from '../../../ui/confirm-dialog';

const useStyles = makeStyles({ body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS }, text: { margin: 0 } });

export type RevokeChoices = { notifyManagedDevices: boolean; revokeUntrackedLicenses: boolean };

/** Asks before a revoke, saying what it takes away, and whether to tell the devices' users. */
export function RevokeQuestion({
  open,
  title,
  confirmLabel,
  children,
  offerUntracked = false,
  onConfirm,
  onCancel,
}: {
  open: boolean;
  title: string;
  confirmLabel: string;
  children: ReactNode;
  /** The token's revoke can also take back licenses Intune never assigned (revokeUntrackedLicenses). */
  offerUntracked?: boolean;
  onConfirm: (choices: RevokeChoices) => void;
  onCancel: () => void;
}) {
  const styles = useStyles();
  const [notify, setNotify] = useState(true);
  const [untracked, setUntracked] = useState(false);
  return (
    <ConfirmDialog
      open={open}
      title={title}
      confirmLabel={confirmLabel}
      onConfirm={() => onConfirm({ notifyManagedDevices: notify, revokeUntrackedLicenses: offerUntracked ? untracked : false })}
      onCancel={onCancel}
    >
      <div className={styles.body}>
        {children}
        <p className={styles.text}>
          Apple frees the licenses within minutes; the app then stops updating on those devices and users, and Intune can
          assign the licenses elsewhere.
        </p>
        <Checkbox
          checked={notify}
          onChange={(_, data) => setNotify(data.checked === true)}
          label="Tell the users of the devices that the app is no longer licensed"
        />
        {offerUntracked && (
          <Checkbox
            checked={untracked}
            onChange={(_, data) => setUntracked(data.checked === true)}
            label="Also take back licenses Intune did not assign (given out in Apple Business Manager or by another MDM)"
          />
        )}
      </div>
    </ConfirmDialog>
  );
}
