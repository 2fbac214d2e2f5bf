import { Field, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { DocumentArrowUpRegular } from '@fluentui/react-icons';
import { useId, useState } from 'react';
import { formatAbsoluteDate } from '../../../ui/absolute-date';
import type { TokenFileSummary } from '../model/token-create-schema';
import type { TokenFilePicker } from './use-token-file';

const useStyles = makeStyles({
  zone: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    flexWrap: 'wrap',
    padding: tokens.spacingHorizontalL,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    ':focus-within': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: '2px' },
  },
  over: { border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  icon: { fontSize: '28px', color: tokens.colorNeutralForeground3 },
});

/**
 * Apple's token file, chosen with the file input (keyboard: Tab, then Enter or Space) or dropped on
 * the zone. The field says what was read, or why the file was refused.
 */
export function TokenFileField({
  picker,
  onPicked,
  error,
  disabled,
}: {
  picker: TokenFilePicker;
  onPicked?: (summary: TokenFileSummary | null) => void;
  /** A problem the surrounding form found, shown when the file itself has none. */
  error?: string;
  disabled?: boolean;
}) {
  const styles = useStyles();
  const inputId = useId();
  const messageId = useId();
  const [over, setOver] = useState(false);
  const pick = (file: File | undefined) => {
    if (file) void picker.read(file).then(onPicked);
  };
  const message = picker.problem ?? (picker.summary ? describeSummary(picker.summary) : error);
  const invalid = picker.problem !== null || (!picker.summary && error !== undefined);
  return (
    <Field
      label={{ children: 'Apple token file (.vpptoken)', htmlFor: inputId }}
      required
      validationState={invalid ? 'error' : picker.summary ? 'success' : 'none'}
      validationMessage={message && { id: messageId, children: message }}
      hint="Download it from Apple Business Manager: Preferences, Payments and Billing, Content Token."
    >
      <div
        className={mergeClasses(styles.zone, over && styles.over)}
        onDragOver={(event) => {
          event.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(event) => {
          event.preventDefault();
          setOver(false);
          if (!disabled) pick(event.dataTransfer.files[0]);
        }}
      >
        <DocumentArrowUpRegular className={styles.icon} aria-hidden />
        <input
          key={picker.inputKey}
          id={inputId}
          type="file"
          accept=".vpptoken,text/plain"
          disabled={disabled}
          aria-describedby={message ? messageId : undefined}
          aria-invalid={invalid}
          onChange={(event) => pick(event.target.files?.[0])}
        />
        <Text>or drop it here</Text>
      </div>
    </Field>
  );
}

function describeSummary({ fileName, organizationName, expiresAt }: TokenFileSummary): string {
  return `${fileName}: the token for ${organizationName}, valid until ${formatAbsoluteDate(expiresAt) ?? expiresAt}.`;
}
