import type { VppToken } from '@microsoft/microsoft-graph-types-beta';
import { ConfirmDialog } from '../../../ui/confirm-dialog';
import { tokenName } from '../model/token-name';

/** Deleting takes more with it than the admin center says; this dialog says it before, not after. */
export function DeleteTokenDialog({ token, open, onCancel, onConfirm }: { token: VppToken; open: boolean; onCancel: () => void; onConfirm: () => void }) {
  return (
    <ConfirmDialog open={open} title={`Delete ${tokenName(token)}?`} confirmLabel="Delete token" onConfirm={onConfirm} onCancel={onCancel}>
      {token.state === 'duplicateLocationId' && <p>This token is a second upload of a location Intune already has; the other token stays.</p>}
      <p>
        Deleting the token also removes, in Intune, the apps it brought in and their assignments to users, groups and devices. It can't
        be undone: to use the token again you would upload its file and assign the apps again.
      </p>
      <p>
        Revoke its licenses first. Licenses still assigned when the token is deleted stay in use in Apple Business Manager until they are
        reclaimed there.
      </p>
    </ConfirmDialog>
  );
}
