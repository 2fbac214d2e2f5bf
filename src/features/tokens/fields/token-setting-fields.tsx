import { Field, Input, Switch } from '@fluentui/react-components';
import { useController, type Control } from 'react-hook-form';
import { AccountTypeChoice } from '../detail/account-type-choice';
import { ConsentSwitch } from '../detail/consent-switch';
import { CountryPicker } from '../detail/country-picker';
import type { TokenEdits } from '../model/token-fields';

/** The settings a token is added with and later edited: the Add token form and the edit form both lay them out here. */
type TokenSettings = Pick<TokenEdits, 'displayName' | 'appleId' | 'countryOrRegion' | 'vppTokenAccountType' | 'automaticallyUpdateApps' | 'dataSharingConsentGranted'>;

type SettingFieldProps<T extends TokenSettings> = {
  // Either form's control: both hold every one of TokenSettings under the same names.
  control: Control<T>;
  disabled?: boolean;
  /** A warning at the field (changed in Intune meanwhile, a consequence to know); a validation error goes first. */
  note?: (value: string) => string | undefined;
  hint?: string;
};

function useSetting<T extends TokenSettings, K extends keyof TokenSettings>(control: Control<T>, name: K) {
  return useController({ control: control as unknown as Control<TokenSettings>, name });
}

function messageAndState(error: string | undefined, note: string | undefined) {
  return { validationMessage: error ?? note, validationState: error ? ('error' as const) : note ? ('warning' as const) : ('none' as const) };
}

export function DisplayNameField<T extends TokenSettings>({ control, disabled, note }: SettingFieldProps<T>) {
  const { field, fieldState } = useSetting(control, 'displayName');
  return (
    <Field label="Display name" required {...messageAndState(fieldState.error?.message, note?.(field.value))}>
      <Input {...field} disabled={disabled} maxLength={1024} />
    </Field>
  );
}

export function AppleIdField<T extends TokenSettings>({ control, disabled, note }: SettingFieldProps<T>) {
  const { field, fieldState } = useSetting(control, 'appleId');
  return (
    <Field label="Apple ID" required {...messageAndState(fieldState.error?.message, note?.(field.value))}>
      <Input {...field} type="email" disabled={disabled} autoComplete="off" />
    </Field>
  );
}

export function CountryField<T extends TokenSettings>({ control, disabled, note, hint }: SettingFieldProps<T>) {
  const { field, fieldState } = useSetting(control, 'countryOrRegion');
  return (
    <Field label="Country or region" required hint={hint} {...messageAndState(fieldState.error?.message, note?.(field.value))}>
      <CountryPicker value={field.value} onChange={field.onChange} onBlur={field.onBlur} disabled={disabled} />
    </Field>
  );
}

export function AccountTypeField<T extends TokenSettings>({ control, disabled, note }: SettingFieldProps<T>) {
  const { field, fieldState } = useSetting(control, 'vppTokenAccountType');
  return (
    <Field label="Account type" {...messageAndState(fieldState.error?.message, note?.(field.value))}>
      <AccountTypeChoice value={field.value} onChange={field.onChange} disabled={disabled} />
    </Field>
  );
}

export function AutoUpdateSwitch<T extends TokenSettings>({ control, disabled }: Pick<SettingFieldProps<T>, 'control' | 'disabled'>) {
  const { field } = useSetting(control, 'automaticallyUpdateApps');
  return <Switch label="Automatically update apps" checked={field.value} disabled={disabled} onChange={(_, data) => field.onChange(data.checked)} />;
}

export function ConsentField<T extends TokenSettings>({ control, disabled }: Pick<SettingFieldProps<T>, 'control' | 'disabled'>) {
  const { field, fieldState } = useSetting(control, 'dataSharingConsentGranted');
  return (
    <Field validationMessage={fieldState.error?.message}>
      <ConsentSwitch checked={field.value} onChange={field.onChange} disabled={disabled} />
    </Field>
  );
}
