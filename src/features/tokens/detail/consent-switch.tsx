import { Switch } from '@fluentui/react-components';
import { useState } from 'react';
import { ConsentDialog } from './consent-dialog';

/** Data sharing consent: withdrawing is one click, granting asks first. */
export function ConsentSwitch({ checked, onChange, disabled }: { checked: boolean; onChange: (granted: boolean) => void; disabled?: boolean }) {
  const [asking, setAsking] = useState(false);
  return (
    <>
      <Switch
        label="Data sharing consent"
        checked={checked}
        disabled={disabled}
        onChange={(_, data) => (data.checked ? setAsking(true) : onChange(false))}
      />
      <ConsentDialog
        open={asking}
        onCancel={() => setAsking(false)}
        onGrant={() => {
          setAsking(false);
          onChange(true);
        }}
      />
    </>
  );
}
