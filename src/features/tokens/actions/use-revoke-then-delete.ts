import { useRef, useState } from 'react';
import { revokeBeforeDeletePolling, useRevokeLicenses } from '../../apps/data/revoke-licenses';
import { describeRevokeRequestFailure } from '../../apps/model/apps-problems';

export type RevokeThenDeleteStep =
  | { step: 'idle' }
  | { step: 'revoking'; startedAt: number }
  /** The revoke failed or outlasted the time limit: the admin deletes anyway, or stops. */
  | { step: 'stuck'; why: string };

/**
 * "Revoke licenses, then delete": the token's revoke, then its delete once Graph shows the licenses
 * free. Nothing is deleted while Apple still counts licenses, unless the admin says so.
 */
export function useRevokeThenDelete(tokenId: string, deleteNow: () => void) {
  const revoke = useRevokeLicenses(tokenId, revokeBeforeDeletePolling);
  const [state, setState] = useState<RevokeThenDeleteStep>({ step: 'idle' });
  // Stopping leaves the revoke running in Graph (it cannot be called back) but drops the delete.
  const run = useRef(0);
  const start = () => {
    const id = ++run.current;
    setState({ step: 'revoking', startedAt: Date.now() });
    revoke.mutate(
      { scope: 'token', tokenId, notifyManagedDevices: true, revokeUntrackedLicenses: false },
      {
        onSuccess: (outcome) => {
          if (id !== run.current) return;
          if (outcome.state === 'done') {
            setState({ step: 'idle' });
            deleteNow();
          } else {
            setState({
              step: 'stuck',
              why: outcome.state === 'failed' ? outcome.reason : 'Apple has not finished freeing the licenses after 10 minutes.',
            });
          }
        },
        onError: (error) => {
          if (id === run.current) setState({ step: 'stuck', why: `The revoke was not started. ${describeRevokeRequestFailure(error, 'token')}` });
        },
      },
    );
  };
  const stop = () => {
    run.current++;
    setState({ step: 'idle' });
  };
  const deleteAnyway = () => {
    run.current++;
    setState({ step: 'idle' });
    deleteNow();
  };
  return { state, start, stop, deleteAnyway };
}
