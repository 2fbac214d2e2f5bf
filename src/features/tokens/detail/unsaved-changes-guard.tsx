import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import { useBlocker } from 'react-router';
import { useWarnBeforeUnload } from '../../../ui/use-warn-before-unload';

/** Asks before the admin leaves with edits that are not saved: in-app navigation and closing the tab. */
export function UnsavedChangesGuard({ when }: { when: boolean }) {
  const blocker = useBlocker(({ currentLocation, nextLocation }) => when && currentLocation.pathname !== nextLocation.pathname);
  useWarnBeforeUnload(when);

  return (
    <Dialog open={blocker.state === 'blocked'} modalType="alert" onOpenChange={(_, data) => !data.open && blocker.reset?.()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Leave without saving?</DialogTitle>
          <DialogContent>The changes you made to this token are not saved and will be lost.</DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={() => blocker.reset?.()}>Stay</Button>
            <Button appearance="primary" onClick={() => blocker.proceed?.()}>Leave</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
