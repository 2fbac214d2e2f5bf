import { Radio, RadioGroup } from '@fluentui/react-components';
import type { TokenEdits } from '../model/token-fields';

type AccountType = TokenEdits['vppTokenAccountType'];

export function AccountTypeChoice({ value, onChange, disabled }: { value: AccountType; onChange: (type: AccountType) => void; disabled?: boolean }) {
  return (
    <RadioGroup layout="horizontal" value={value} disabled={disabled} onChange={(_, data) => onChange(data.value as AccountType)}>
      <Radio value="business" label="Business" />
      <Radio value="education" label="Education" />
    </RadioGroup>
  );
}
