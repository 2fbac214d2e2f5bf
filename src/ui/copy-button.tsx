import { Button, Tooltip } from '@fluentui/react-components';
import { CheckmarkRegular, CopyRegular } from '@fluentui/react-icons';
import { useState } from 'react';

/** Copies `value`; its name (and tooltip) says what, and says "Copied" once it has. */
export function CopyButton({ label, value }: { label: string; value: string }) {
  const [copied, setCopied] = useState(false);
  const action = copied ? 'Copied' : `Copy ${label.toLowerCase()}`;
  return (
    <Tooltip content={action} relationship="inaccessible">
      <Button
        aria-label={action}
        size="small"
        appearance="transparent"
        icon={copied ? <CheckmarkRegular /> : <CopyRegular />}
        onClick={() => {
          void navigator.clipboard?.writeText(value).then(() => setCopied(true), () => setCopied(false));
        }}
      />
    </Tooltip>
  );
}
