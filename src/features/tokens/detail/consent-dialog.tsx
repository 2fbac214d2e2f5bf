import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';

/** Granting consent sends data to Apple, so it is asked for explicitly. */
export function ConsentDialog({ open, onGrant, onCancel }: { open: boolean; onGrant: () => void; onCancel: () => void }) {
  return (
    <Dialog open={open} modalType="alert" onOpenChange={(_, data) => !data.open && onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Share data with Apple?</DialogTitle>
          <DialogContent>
            <p>
              With consent, Intune sends Apple the user and device data it needs to manage this token's apps and licenses:
              which managed devices and users hold licenses, and app assignment and installation status.
            </p>
            <p>The consent takes effect when you save. You can withdraw it later by turning it off.</p>
          </DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={onCancel}>Cancel</Button>
            <Button appearance="primary" onClick={onGrant}>Grant consent</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
