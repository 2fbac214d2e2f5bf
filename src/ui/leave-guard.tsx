import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import { useBlocker } from 'react-router';
import { useWarnBeforeUnload } from './use-warn-before-unload';

/** While `when` holds, leaving the page (in the app or by closing the tab) asks first. */
export function LeaveGuard({ when, title, message }: { when: boolean; title: string; message: string }) {
  const blocker = useBlocker(({ currentLocation, nextLocation }) => when && currentLocation.pathname !== nextLocation.pathname);
  useWarnBeforeUnload(when);

  return (
    <Dialog open={blocker.state === 'blocked'} modalType="alert" onOpenChange={(_, data) => !data.open && blocker.reset?.()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent>{message}</DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={() => blocker.reset?.()}>Stay</Button>
            <Button appearance="primary" onClick={() => blocker.proceed?.()}>Leave</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
