import { Button, Field, makeStyles, MessageBar, MessageBarBody, Switch, tokens } from '@fluentui/react-components';
import type { VppToken } from '@microsoft/microsoft-graph-types-beta';
import { useEffect, useMemo } from 'react';
import { Controller } from 'react-hook-form';
import { AccountTypeField, AppleIdField, AutoUpdateSwitch, ConsentField, CountryField, DisplayNameField } from '../fields/token-setting-fields';
import { useGraphClient } from '../../../graph/graph-context';
import { countryName } from '../model/countries';
import { missingInV1 } from '../model/graph-versions';
import { readWritePermission } from '../model/save-failure';
import { editsFromToken, knownAccountTypes } from '../model/token-fields';
import { SaveProblemBar } from './save-problem-bar';
import { ScopeTagField } from './scope-tag-field';
import { UnsavedChangesGuard } from './unsaved-changes-guard';
import { useTokenEditor } from './use-token-editor';

/** The needs-attention panel brings the admin here when another MDM holds the token. */
export const takeControlSwitchId = 'take-control-from-other-mdm';

function unknownAccountTypeNote(type: string): string | undefined {
  if ((knownAccountTypes as readonly string[]).includes(type)) return undefined;
  return `Intune reports the account type "${type}", which this console doesn't know. It stays as it is unless you choose Business or Education.`;
}

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
  onSaved: Parameters<typeof useTokenEditor>[0]['onSaved'];
}) {
  const styles = useStyles();
  const editor = useTokenEditor({ tokenId, server, shown, onSaved });
  const { form, hasChanges, save, discard, conflicts, problem, readOnly } = editor;
  const { control, formState } = form;
  // Graph v1.0 declares none of the beta-only properties: the form neither shows nor sends them.
  const v1 = useGraphClient().version === 'v1.0';
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

      {v1 && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            This console reads Graph v1.0, which has no {missingInV1.join(', ')}. To see and change them, set graph.version to beta in
            config.json.
          </MessageBarBody>
        </MessageBar>
      )}
      {!v1 && <DisplayNameField control={control} disabled={readOnly} note={() => conflictNote('displayName')} />}
      <AppleIdField control={control} disabled={readOnly} note={() => conflictNote('appleId')} />
      <CountryField
        control={control}
        disabled={readOnly}
        note={(value) =>
          conflictNote('countryOrRegion') ??
          (value.toLowerCase() !== shownEdits.countryOrRegion.toLowerCase()
            ? `Intune will read app details from the ${countryName(value)} store: apps missing there stop updating.`
            : undefined)
        }
      />
      <AccountTypeField control={control} disabled={readOnly} note={(value) => conflictNote('vppTokenAccountType') ?? unknownAccountTypeNote(value)} />
      <AutoUpdateSwitch control={control} disabled={readOnly} />
      {!v1 && <ConsentField control={control} disabled={readOnly} />}
      {!v1 && (shown.state === 'assignedToExternalMDM' || shownEdits.claimTokenManagementFromExternalMdm) && (
        <Controller
          name="claimTokenManagementFromExternalMdm"
          control={control}
          render={({ field }) => (
            <Field hint="This token is in use by another MDM. Taking control moves its management to Intune.">
              <Switch
                id={takeControlSwitchId}
                label="Take control from another MDM"
                checked={field.value}
                disabled={readOnly}
                onChange={(_, data) => field.onChange(data.checked)}
              />
            </Field>
          )}
        />
      )}
      {!v1 && (
        <Controller
          name="roleScopeTagIds"
          control={control}
          render={({ field, fieldState }) => (
            <ScopeTagField
              value={field.value}
              onChange={field.onChange}
              disabled={readOnly}
              error={fieldState.error?.message ?? formState.errors.roleScopeTagIds?.find?.((e) => e)?.message}
            />
          )}
        />
      )}

      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={!hasChanges || readOnly || problem?.next === 'deleted'}>Save</Button>
        <Button type="button" disabled={!hasChanges} onClick={discard}>Discard</Button>
      </div>
    </form>
  );
}
