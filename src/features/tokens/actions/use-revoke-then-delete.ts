import { useRef, useState } from 'react';
import { revokeBeforeDeletePolling, useRevokeLicenses } from '../../apps/data/revoke-licenses';
import { describeRevokeRequestFailure } from '../../apps/model/apps-problems';
import { useWarningWindows } from '../../settings/use-warning-windows';

export type RevokeThenDeleteStep =
  | { step: 'idle' }
  /** `waitMinutes`: how long it waits for Apple, as the warning windows were when it started. */
  | { step: 'revoking'; startedAt: number; waitMinutes: number }
  /** The revoke failed or outlasted the time limit: the admin deletes anyway, or stops. */
  | { step: 'stuck'; why: string };

/**
 * "Revoke licenses, then delete": the token's revoke, then its delete once Graph shows the licenses
 * free. Nothing is deleted while Apple still counts licenses, unless the admin says so.
 */
export function useRevokeThenDelete(tokenId: string, deleteNow: () => void) {
  const { revokeWaitMinutes } = useWarningWindows();
  const revoke = useRevokeLicenses(tokenId, revokeBeforeDeletePolling(revokeWaitMinutes));
  const [state, setState] = useState<RevokeThenDeleteStep>({ step: 'idle' });
  // Stopping leaves the revoke running in Graph (it cannot be called back) but drops the delete.
  const run = useRef(0);
  const start = () => {
    const id = ++run.current;
    const waitMinutes = revokeWaitMinutes;
    setState({ step: 'revoking', startedAt: Date.now(), waitMinutes });
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
              why: outcome.state === 'failed' ? outcome.reason : `Apple has not finished freeing the licenses after ${waitMinutes} minutes.`,
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
