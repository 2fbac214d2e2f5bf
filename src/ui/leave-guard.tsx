import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import { useHeldNavigation } from '../routing/router';
import { useWarnBeforeUnload } from './use-warn-before-unload';

/** While `when` holds, leaving the page (in the app or by closing the tab) asks first. */
export function LeaveGuard({ when, title, message }: { when: boolean; title: string; message: string }) {
  const held = useHeldNavigation(({ from, to }) => when && from.pathname !== to.pathname);
  useWarnBeforeUnload(when);

  return (
    <Dialog open={held !== null} modalType="alert" onOpenChange={(_, data) => !data.open && held?.cancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent>{message}</DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={() => held?.cancel()}>Stay</Button>
            <Button appearance="primary" onClick={() => held?.proceed()}>Leave</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
