import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, type DialogProps } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useFocusReturn } from './use-focus-return';

export type ConfirmDialogProps = {
  open: boolean;
  title: ReactNode;
  children: ReactNode;
  confirmLabel: ReactNode;
  /** What keeps things as they are: "Cancel", or "Stay" where the question is whether to leave. */
  cancelLabel?: string;
  confirmDisabled?: boolean;
  /** A second way forward beside the main one, e.g. "Revoke licenses, then delete". */
  alternative?: { label: string; onClick: () => void };
  /** 'alert' (the default) where a click outside must not count as an answer; 'modal' for a question that only gathers a value. */
  modalType?: Extract<DialogProps['modalType'], 'modal' | 'alert'>;
  onConfirm: () => void;
  onCancel: () => void;
};

/** Fluent's dialog for ConfirmDialog, in a chunk of its own. */
export function ConfirmDialogSurface({
  open,
  title,
  children,
  confirmLabel,
  cancelLabel = 'Cancel',
  confirmDisabled,
  alternative,
  modalType = 'alert',
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  const focusReturn = useFocusReturn(open);
  return (
    <Dialog open={open} modalType={modalType} onOpenChange={(_, data) => !data.open && onCancel()} surfaceMotion={focusReturn}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent>{children}</DialogContent>
          {/* Fluid: a long second choice ("Revoke licenses, then delete") keeps its label on one line. */}
          <DialogActions fluid>
            <Button appearance="secondary" onClick={onCancel}>{cancelLabel}</Button>
            {alternative && <Button appearance="secondary" onClick={alternative.onClick}>{alternative.label}</Button>}
            <Button appearance="primary" disabled={confirmDisabled} onClick={onConfirm}>{confirmLabel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
