import type { VppToken } from '@microsoft/microsoft-graph-types-beta';
import { useTokenLicenses } from '../../apps/data/vpp-apps';
import { countAssigned } from '../../apps/model/vpp-apps';
import { ConfirmDialog } from '../../../ui/confirm-dialog';
import { formatCount } from '../../../ui/format-count';
import { tokenName } from '../model/token-name';

function describeAssigned(assigned: number, apps: number): string {
  if (assigned === 0) return 'none of them is assigned';
  if (assigned === apps) return apps === 1 ? 'it is assigned' : `all ${formatCount(apps)} are assigned`;
  return `${formatCount(assigned)} of them ${assigned === 1 ? 'is' : 'are'} assigned`;
}

/** Deleting takes more with it than the admin center says; this dialog says it before, not after. */
export function DeleteTokenDialog({
  token,
  open,
  onCancel,
  onConfirm,
  onRevokeThenDelete,
}: {
  token: VppToken;
  open: boolean;
  onCancel: () => void;
  onConfirm: () => void;
  onRevokeThenDelete: () => void;
}) {
  const { licenses, isPending, unavailable } = useTokenLicenses(token.id ?? '');
  const inUse = licenses?.used ?? 0;
  return (
    <ConfirmDialog
      open={open}
      title={`Delete ${tokenName(token)}?`}
      confirmLabel="Delete token"
      alternative={inUse > 0 ? { label: 'Revoke licenses, then delete', onClick: onRevokeThenDelete } : undefined}
      onConfirm={onConfirm}
      onCancel={onCancel}
    >
      {token.state === 'duplicateLocationId' && <p>This token is a second upload of a location Intune already has; the other token stays.</p>}
      {licenses ? (
        <p>
          Deleting the token also removes, in Intune, its {formatCount(licenses.apps.length)} {licenses.apps.length === 1 ? 'app' : 'apps'} and
          their assignments to users, groups and devices{licenses.apps.length > 0 && ` (${describeAssigned(countAssigned(licenses.apps), licenses.apps.length)})`}.{' '}
          {formatCount(inUse)} of its {formatCount(licenses.total)} licenses are in use.
        </p>
      ) : (
        <p>
          Deleting the token also removes, in Intune, the apps it brought in and their assignments to users, groups and devices.
          {isPending ? ' Counting its apps and licenses…' : unavailable ? ' This Graph version cannot say how many apps it has.' : ''}
        </p>
      )}
      <p>It can't be undone: to use the token again you would upload its file and assign the apps again.</p>
      {inUse > 0 ? (
        <p>
          Licenses still assigned when the token goes stay in use in Apple Business Manager, and Intune can no longer revoke them. “Revoke
          licenses, then delete” takes them back first and deletes once Graph shows them free.
        </p>
      ) : (
        !licenses && <p>Revoke its licenses first: once the token is deleted, Intune can no longer revoke them.</p>
      )}
    </ConfirmDialog>
  );
}
