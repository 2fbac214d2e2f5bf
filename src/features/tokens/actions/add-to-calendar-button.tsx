import { Button, Spinner, type ButtonProps } from '@fluentui/react-components';
import { ArrowDownloadRegular } from '@fluentui/react-icons';
import type { VppToken } from '@microsoft/microsoft-graph-types-beta';
import { useState } from 'react';
import { notify } from '../../../ui/notify';
import { useWarningWindows } from '../../settings/use-warning-windows';
import { expiryTime } from '../model/expiry-date';
import { calendarCodeMissing } from './calendar-code-missing';

/**
 * Saves the token's expiry reminder as `<name>-expiry.ics`. Reading the token is all it needs, so a
 * read-only account may use it too. `ics`, the worker that runs it and what it says afterwards load
 * on the click. Its first reminder rings when the token starts counting as expiring in this browser.
 */
export function AddToCalendarButton({ token, appearance }: { token: VppToken } & Pick<ButtonProps, 'appearance'>) {
  const [saving, setSaving] = useState(false);
  const { expiringWithinDays } = useWarningWindows();
  const save = () => {
    setSaving(true);
    void import('./save-expiry-calendar')
      .then(
        ({ saveTokenCalendar }) => saveTokenCalendar(token, { warningDays: expiringWithinDays }),
        () => notify(calendarCodeMissing),
      )
      .finally(() => setSaving(false));
  };
  return (
    <Button
      // The download icon the list's exports use: a calendar icon of its own would add to both pages' first download.
      icon={saving ? <Spinner size="tiny" /> : <ArrowDownloadRegular />}
      appearance={appearance}
      disabled={saving || expiryTime(token) === undefined}
      onClick={save}
    >
      Add to calendar
    </Button>
  );
}
