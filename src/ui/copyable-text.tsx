import { Button, Tooltip } from '@fluentui/react-components';
import { CopyRegular, CheckmarkRegular } from '@fluentui/react-icons';
import { useState } from 'react';

/** A value an admin may need to paste into a support case, with a button that copies it. */
export function CopyableText({ label, value }: { label: string; value: string }) {
  const [copied, setCopied] = useState(false);
  const action = copied ? 'Copied' : `Copy ${label.toLowerCase()}`;
  return (
    <span>
      {label}: <code>{value}</code>{' '}
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
    </span>
  );
}
