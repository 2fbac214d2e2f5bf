import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Field, makeStyles, Select, tokens } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import { notify } from '../../ui/notify';
import { useFocusReturn } from '../../ui/use-focus-return';
import { saveWarningWindows, useWarningWindows } from './use-warning-windows';
import { defaultWarningWindows, warningWindowChoices, type WarningWindow, type WarningWindows } from './warning-windows';
import { choiceLabel, warningWindowsProblems } from './warning-windows-form';

const useStyles = makeStyles({
  fields: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  intro: { margin: 0 },
});

/** Each window's label and hint, in the order the admin reads them. */
const fields: { name: WarningWindow; label: string; hint: string }[] = [
  { name: 'expiringWithinDays', label: 'Warn before a token expires', hint: 'A token this close to its expiry date counts as expiring. Intune warns 7 days ahead.' },
  { name: 'syncWarningAfterDays', label: 'Sync warning after', hint: 'A token not synced for longer than this is a warning.' },
  { name: 'syncUnhealthyAfterDays', label: 'Unhealthy after', hint: 'A token not synced for this long is unhealthy.' },
  { name: 'runningOutPercent', label: 'Licenses running out at', hint: 'An app with this share of its bought licenses in use is running out.' },
  {
    name: 'revokeWaitMinutes',
    label: 'Revoke, then delete: wait for Apple up to',
    hint: 'Past this, “Revoke licenses, then delete” offers to delete anyway or stop.',
  },
];

/**
 * The warning windows, changed in a draft and kept only on Save, and only when every field is
 * valid. Loaded on first use: the list and the token's page show their data without it.
 */
export function WarningWindowsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const styles = useStyles();
  const focusReturn = useFocusReturn(open);
  const saved = useWarningWindows();
  const [draft, setDraft] = useState<WarningWindows>(saved);
  // Each opening starts from what this browser keeps, not from a draft left by Cancel.
  const [wasOpen, setWasOpen] = useState(open);
  if (open !== wasOpen) {
    setWasOpen(open);
    if (open) setDraft(saved);
  }
  const problems = warningWindowsProblems(draft);
  const selects = useRef<Partial<Record<WarningWindow, HTMLSelectElement | null>>>({});

  const save = () => {
    const firstWrong = fields.find((field) => problems[field.name]);
    if (firstWrong) {
      selects.current[firstWrong.name]?.focus();
      return;
    }
    saveWarningWindows(draft);
    notify({ title: 'Warning windows saved', body: 'The list and each token’s page follow them in this browser.', intent: 'success' });
    onClose();
  };

  return (
    <Dialog open={open} modalType="modal" onOpenChange={(_, data) => !data.open && onClose()} surfaceMotion={focusReturn}>
      <DialogSurface aria-describedby="warning-windows-intro">
        <form
          onSubmit={(event) => {
            event.preventDefault();
            save();
          }}
        >
          <DialogBody>
            <DialogTitle>Warning windows</DialogTitle>
            <DialogContent className={styles.fields}>
              <p id="warning-windows-intro" className={styles.intro}>
                When the console calls a token or its licenses to your attention. Kept in this browser only; by default, health follows
                Intune’s own rule.
              </p>
              {fields.map(({ name, label, hint }) => (
                <Field key={name} label={label} hint={hint} validationMessage={problems[name]} validationState={problems[name] ? 'error' : 'none'}>
                  <Select
                    ref={(element) => {
                      selects.current[name] = element;
                    }}
                    value={String(draft[name])}
                    onChange={(_, data) => setDraft((current) => ({ ...current, [name]: Number(data.value) }))}
                  >
                    {warningWindowChoices[name].map((value) => (
                      <option key={value} value={value}>
                        {choiceLabel(name, value, defaultWarningWindows[name])}
                      </option>
                    ))}
                  </Select>
                </Field>
              ))}
            </DialogContent>
            <DialogActions fluid>
              <Button appearance="secondary" onClick={() => setDraft(defaultWarningWindows)}>
                Restore defaults
              </Button>
              <Button appearance="secondary" onClick={onClose}>
                Cancel
              </Button>
              <Button appearance="primary" type="submit">
                Save
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
