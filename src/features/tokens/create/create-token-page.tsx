import { Button, Field, Input, makeStyles, MessageBar, MessageBarBody, Switch, tokens } from '@fluentui/react-components';
import type { VppToken } from '@microsoft/microsoft-graph-types-beta';
import { useCallback } from 'react';
import { Controller } from 'react-hook-form';
import { Link, useNavigate } from '@tanstack/react-router';
import { useCanWrite } from '../../../auth/auth-context';
import { GraphErrorBar } from '../../../ui/graph-error-bar';
import { notify } from '../../../ui/notify';
import { TokenFileField } from '../actions/token-file-field';
import { AccountTypeChoice } from '../detail/account-type-choice';
import { ConsentSwitch } from '../detail/consent-switch';
import { CountryPicker } from '../detail/country-picker';
import { readWritePermission } from '../model/save-failure';
import { tokenName } from '../model/token-name';
import { useCreateTokenForm } from './use-create-token-form';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '640px' },
  title: { margin: 0 },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
});

/** Adds a token the way the Intune admin center does, with the file checked in the browser first. */
export function CreateTokenPage() {
  const styles = useStyles();
  const navigate = useNavigate();
  const onCreated = useCallback(
    (token: VppToken) => {
      notify({ title: `Added ${tokenName(token)}`, intent: 'success' });
      void navigate({ to: '/tokens/$tokenId', params: { tokenId: token.id! } });
    },
    [navigate],
  );
  const { form, picker, submit, sending, failure } = useCreateTokenForm({ onCreated });
  const { control } = form;
  const readOnly = useCanWrite() === false;

  return (
    <section className={styles.page} aria-labelledby="create-heading">
      <Link to="/">← All VPP tokens</Link>
      <h1 id="create-heading" className={styles.title}>Add a VPP token</h1>
      <form
        className={styles.form}
        aria-label="New token"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        {readOnly && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>Your account can view tokens but not add them. Adding one needs the {readWritePermission} permission.</MessageBarBody>
          </MessageBar>
        )}
        {failure !== null && <GraphErrorBar title="The token was not added" error={failure} />}
        <Controller
          name="displayName"
          control={control}
          render={({ field, fieldState }) => (
            <Field label="Display name" required validationMessage={fieldState.error?.message}>
              <Input {...field} maxLength={1024} />
            </Field>
          )}
        />
        <Controller
          name="appleId"
          control={control}
          render={({ field, fieldState }) => (
            <Field label="Apple ID" required validationMessage={fieldState.error?.message}>
              <Input {...field} type="email" autoComplete="off" />
            </Field>
          )}
        />
        <Controller
          name="tokenFile"
          control={control}
          render={({ field, fieldState }) => (
            <TokenFileField
              picker={picker}
              disabled={sending}
              error={fieldState.error?.message}
              onPicked={(summary) => field.onChange(summary)}
            />
          )}
        />
        <Controller
          name="countryOrRegion"
          control={control}
          render={({ field, fieldState }) => (
            <Field
              label="Country or region"
              required
              hint="The App Store Intune reads app details from."
              validationMessage={fieldState.error?.message}
            >
              <CountryPicker value={field.value} onChange={field.onChange} onBlur={field.onBlur} />
            </Field>
          )}
        />
        <Controller
          name="vppTokenAccountType"
          control={control}
          render={({ field }) => (
            <Field label="Account type">
              <AccountTypeChoice value={field.value} onChange={field.onChange} />
            </Field>
          )}
        />
        <Controller
          name="automaticallyUpdateApps"
          control={control}
          render={({ field }) => (
            <Switch label="Automatically update apps" checked={field.value} onChange={(_, data) => field.onChange(data.checked)} />
          )}
        />
        <Controller
          name="dataSharingConsentGranted"
          control={control}
          render={({ field, fieldState }) => (
            <Field validationMessage={fieldState.error?.message}>
              <ConsentSwitch checked={field.value} onChange={field.onChange} />
            </Field>
          )}
        />
        <div className={styles.actions}>
          <Button type="submit" appearance="primary" disabled={sending || readOnly}>
            {sending ? 'Adding…' : 'Add token'}
          </Button>
          <Link to="/">Cancel</Link>
        </div>
      </form>
    </section>
  );
}
