import {
  Button,
  Combobox,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Option,
  Radio,
  RadioGroup,
  Switch,
  tokens,
} from '@fluentui/react-components';
import type { VppToken } from '@microsoft/microsoft-graph-types-beta';
import { useEffect, useMemo, useState } from 'react';
import { Controller } from 'react-hook-form';
import { countryName, searchCountries } from '../model/countries';
import { readWritePermission } from '../model/save-failure';
import { editsFromToken } from '../model/token-fields';
import { ConsentDialog } from './consent-dialog';
import { ScopeTagPicker } from './scope-tag-picker';
import { SaveProblemBar } from './save-problem-bar';
import { UnsavedChangesGuard } from './unsaved-changes-guard';
import { useTokenEditor } from './use-token-editor';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, flex: '1 1 420px', maxWidth: '640px' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
});

export function TokenEditForm({
  tokenId,
  server,
  shown,
  retrying,
  onSaved,
}: {
  tokenId: string;
  server: VppToken;
  shown: VppToken;
  retrying: React.ReactNode;
  onSaved: (message: string) => void;
}) {
  const styles = useStyles();
  const editor = useTokenEditor({ tokenId, server, shown, onSaved });
  const { form, hasChanges, save, discard, conflicts, problem, readOnly } = editor;
  const { control, formState } = form;
  const [consentAsked, setConsentAsked] = useState(false);
  const [countryQuery, setCountryQuery] = useState<string | null>(null);
  const shownEdits = useMemo(() => editsFromToken(shown), [shown]);
  const conflictNote = (field: (typeof conflicts)[number]) =>
    conflicts.includes(field) ? 'Changed in Intune while you were editing; saving keeps your value.' : undefined;

  // Ctrl+S / Cmd+S saves, as in every editor an admin knows.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
        event.preventDefault();
        void save();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [save]);

  return (
    <form
      className={styles.form}
      aria-label="Token settings"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <UnsavedChangesGuard when={hasChanges && !readOnly && problem?.next !== 'deleted'} />
      {readOnly && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            Read-only: your account can view this token but not change it. Changing it needs the {readWritePermission} permission.
          </MessageBarBody>
        </MessageBar>
      )}
      {problem && problem.next !== 'readOnly' && <SaveProblemBar problem={problem} onRetry={() => void save()} />}
      {retrying}

      <Controller
        name="displayName"
        control={control}
        render={({ field, fieldState }) => (
          <Field
            label="Display name"
            required
            validationMessage={fieldState.error?.message ?? conflictNote('displayName')}
            validationState={fieldState.error ? 'error' : conflicts.includes('displayName') ? 'warning' : 'none'}
          >
            <Input {...field} disabled={readOnly} maxLength={1024} />
          </Field>
        )}
      />
      <Controller
        name="appleId"
        control={control}
        render={({ field, fieldState }) => (
          <Field
            label="Apple ID"
            required
            validationMessage={fieldState.error?.message ?? conflictNote('appleId')}
            validationState={fieldState.error ? 'error' : conflicts.includes('appleId') ? 'warning' : 'none'}
          >
            <Input {...field} type="email" disabled={readOnly} autoComplete="off" />
          </Field>
        )}
      />
      <Controller
        name="countryOrRegion"
        control={control}
        render={({ field, fieldState }) => {
          const changed = field.value.toLowerCase() !== shownEdits.countryOrRegion.toLowerCase();
          return (
            <Field
              label="Country or region"
              required
              validationMessage={
                fieldState.error?.message ??
                conflictNote('countryOrRegion') ??
                (changed
                  ? `Intune will read app details from the ${countryName(field.value)} store: apps missing there stop updating.`
                  : undefined)
              }
              validationState={fieldState.error ? 'error' : changed || conflicts.includes('countryOrRegion') ? 'warning' : 'none'}
            >
              <Combobox
                disabled={readOnly}
                value={countryQuery ?? (field.value ? countryName(field.value) : '')}
                selectedOptions={field.value ? [field.value.toLowerCase()] : []}
                onInput={(event) => setCountryQuery((event.target as HTMLInputElement).value)}
                onBlur={() => {
                  setCountryQuery(null);
                  field.onBlur();
                }}
                onOptionSelect={(_, data) => {
                  if (data.optionValue) field.onChange(data.optionValue);
                  setCountryQuery(null);
                }}
              >
                {searchCountries(countryQuery ?? '').map((country) => (
                  <Option key={country.code} value={country.code.toLowerCase()} text={country.name}>
                    {`${country.name} (${country.code.toUpperCase()})`}
                  </Option>
                ))}
              </Combobox>
            </Field>
          );
        }}
      />
      <Controller
        name="vppTokenAccountType"
        control={control}
        render={({ field, fieldState }) => (
          <Field label="Account type" validationMessage={fieldState.error?.message ?? conflictNote('vppTokenAccountType')}>
            <RadioGroup layout="horizontal" value={field.value} disabled={readOnly} onChange={(_, data) => field.onChange(data.value)}>
              <Radio value="business" label="Business" />
              <Radio value="education" label="Education" />
            </RadioGroup>
          </Field>
        )}
      />
      <Controller
        name="automaticallyUpdateApps"
        control={control}
        render={({ field }) => (
          <Switch
            label="Automatically update apps"
            checked={field.value}
            disabled={readOnly}
            onChange={(_, data) => field.onChange(data.checked)}
          />
        )}
      />
      <Controller
        name="dataSharingConsentGranted"
        control={control}
        render={({ field }) => (
          <>
            <Switch
              label="Data sharing consent"
              checked={field.value}
              disabled={readOnly}
              onChange={(_, data) => (data.checked ? setConsentAsked(true) : field.onChange(false))}
            />
            <ConsentDialog
              open={consentAsked}
              onCancel={() => setConsentAsked(false)}
              onGrant={() => {
                setConsentAsked(false);
                field.onChange(true);
              }}
            />
          </>
        )}
      />
      {(shown.state === 'assignedToExternalMDM' || shownEdits.claimTokenManagementFromExternalMdm) && (
        <Controller
          name="claimTokenManagementFromExternalMdm"
          control={control}
          render={({ field }) => (
            <Field hint="This token is in use by another MDM. Taking control moves its management to Intune.">
              <Switch
                label="Take control from another MDM"
                checked={field.value}
                disabled={readOnly}
                onChange={(_, data) => field.onChange(data.checked)}
              />
            </Field>
          )}
        />
      )}
      <Controller
        name="roleScopeTagIds"
        control={control}
        render={({ field, fieldState }) => (
          <ScopeTagPicker
            value={field.value}
            onChange={field.onChange}
            disabled={readOnly}
            error={fieldState.error?.message ?? formState.errors.roleScopeTagIds?.find?.((e) => e)?.message}
          />
        )}
      />

      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={!hasChanges || readOnly}>Save</Button>
        <Button type="button" disabled={!hasChanges} onClick={discard}>Discard</Button>
      </div>
    </form>
  );
}
