import { Button, makeStyles, MessageBar, MessageBarBody, tokens } from '@fluentui/react-components';
import type { VppToken } from '@microsoft/microsoft-graph-types-beta';
import { useCallback } from 'react';
import { Controller } from 'react-hook-form';
import { Link, useNavigate } from '@tanstack/react-router';
import { useCanWrite } from '../../../auth/auth-context';
import { GraphErrorBar } from '../../../ui/graph-error-bar';
import { notify } from '../../../ui/notify';
import { TokenFileField } from '../actions/token-file-field';
import { AccountTypeField, AppleIdField, AutoUpdateSwitch, ConsentField, CountryField, DisplayNameField } from '../fields/token-setting-fields';
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
        <DisplayNameField control={control} />
        <AppleIdField control={control} />
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
        <CountryField control={control} hint="The App Store Intune reads app details from." />
        <AccountTypeField control={control} />
        <AutoUpdateSwitch control={control} />
        <ConsentField control={control} />
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
