import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Spinner } from '@fluentui/react-components';
import { formatCount } from '../../../ui/format-count';
import { useTokenLicenses } from '../../apps/data/vpp-apps';
import type { RevokeThenDeleteStep } from './use-revoke-then-delete';

/** What "Revoke licenses, then delete" is waiting for, and the way out when it cannot finish. */
export function RevokeThenDeletePanel({
  tokenId,
  state,
  onStop,
  onDeleteAnyway,
}: {
  tokenId: string;
  state: RevokeThenDeleteStep;
  onStop: () => void;
  onDeleteAnyway: () => void;
}) {
  const { licenses } = useTokenLicenses(tokenId);
  if (state.step === 'idle') return null;
  const inUse = licenses ? `${formatCount(licenses.used)} ${licenses.used === 1 ? 'license is' : 'licenses are'} still in use` : 'Counting the licenses still in use';
  if (state.step === 'revoking') {
    return (
      <MessageBar intent="info" layout="multiline" role="status" icon={<Spinner size="extra-tiny" />}>
        <MessageBarBody>
          <MessageBarTitle>Revoking the licenses, then deleting</MessageBarTitle>
          Waiting for Apple to free the token’s licenses; {inUse.charAt(0).toLowerCase() + inUse.slice(1)}. The
          token is deleted as soon as Graph shows them free; if Apple takes more than {state.waitMinutes} minutes, you choose whether to delete
          anyway. Stay on this page until then.
        </MessageBarBody>
        <MessageBarActions>
          <Button onClick={onStop}>Stop</Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
  return (
    <MessageBar intent="warning" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>The token was not deleted</MessageBarTitle>
        {state.why} {inUse}: deleting now leaves them assigned in Apple Business Manager, and Intune can no longer revoke them.
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={onDeleteAnyway}>Delete anyway</Button>
        <Button onClick={onStop}>Stop</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
