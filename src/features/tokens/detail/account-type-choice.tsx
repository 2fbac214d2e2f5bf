import { Radio, RadioGroup } from '@fluentui/react-components';

/** Business or Education; a value Graph added later shows as neither chosen. */
export function AccountTypeChoice({ value, onChange, disabled }: { value: string; onChange: (type: string) => void; disabled?: boolean }) {
  return (
    <RadioGroup layout="horizontal" value={value} disabled={disabled} onChange={(_, data) => onChange(data.value)}>
      <Radio value="business" label="Business" />
      <Radio value="education" label="Education" />
    </RadioGroup>
  );
}
