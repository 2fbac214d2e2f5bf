import { ConfirmDialog } from '../../../ui/confirm-dialog';

/** Granting consent sends data to Apple, so it is asked for explicitly. */
export function ConsentDialog({ open, onGrant, onCancel }: { open: boolean; onGrant: () => void; onCancel: () => void }) {
  return (
    <ConfirmDialog open={open} title="Share data with Apple?" confirmLabel="Grant consent" onConfirm={onGrant} onCancel={onCancel}>
      <p>
        With consent, Intune sends Apple the user and device data it needs to manage this token's apps and licenses: which managed devices
        and users hold licenses, and app assignment and installation status.
      </p>
      <p>The consent takes effect when you save. You can withdraw it later by turning it off.</p>
    </ConfirmDialog>
  );
}
