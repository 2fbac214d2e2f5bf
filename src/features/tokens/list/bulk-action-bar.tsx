import {
  Button,
  Field,
  Input,
  makeStyles,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Text,
  Toolbar,
  tokens,
} from '@fluentui/react-components';
import type { VppToken } from '@microsoft/microsoft-graph-types-beta';
import { useState } from 'react';
import { useCanWrite } from '../../../auth/auth-context';
import { ConfirmDialog } from '../../../ui/confirm-dialog';
import { formatCount } from '../../../ui/format-count';
import type { BulkAction } from '../data/bulk-change';
import { CountryPicker } from '../detail/country-picker';
import { tokenName } from '../model/token-name';

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorBrandBackground2,
    borderRadius: tokens.borderRadiusMedium,
  },
  names: { maxHeight: '240px', overflowY: 'auto', margin: 0, paddingLeft: tokens.spacingHorizontalXL },
});

type Asking = 'country' | 'addTag' | 'removeTag' | 'delete' | undefined;

/** What the admin can do to every ticked token at once. */
export function BulkActionBar({
  selected,
  onRun,
  onClear,
}: {
  selected: readonly VppToken[];
  onRun: (action: BulkAction) => void;
  onClear: () => void;
}) {
  const styles = useStyles();
  const readOnly = useCanWrite() === false;
  const [asking, setAsking] = useState<Asking>();
  const [country, setCountry] = useState('');
  const [tag, setTag] = useState('');
  const count = selected.length;
  const countLabel = count === 1 ? '1 token' : `${formatCount(count)} tokens`;
  const close = () => setAsking(undefined);
  const run = (action: BulkAction) => {
    close();
    onRun(action);
  };
  const tagValid = /^\d+$/.test(tag.trim());

  return (
    <Toolbar aria-label="Change the selected tokens" className={styles.bar}>
      <Text weight="semibold" role="status">
        {countLabel} selected
      </Text>
      <Menu>
        <MenuTrigger disableButtonEnhancement>
          <Button disabled={readOnly}>Automatic app updates</Button>
        </MenuTrigger>
        <MenuPopover>
          <MenuList>
            <MenuItem onClick={() => run({ kind: 'edit', edit: { kind: 'automaticallyUpdateApps', on: true } })}>Turn on</MenuItem>
            <MenuItem onClick={() => run({ kind: 'edit', edit: { kind: 'automaticallyUpdateApps', on: false } })}>Turn off</MenuItem>
          </MenuList>
        </MenuPopover>
      </Menu>
      <Button disabled={readOnly} onClick={() => setAsking('country')}>Set country or region</Button>
      <Menu>
        <MenuTrigger disableButtonEnhancement>
          <Button disabled={readOnly}>Scope tags</Button>
        </MenuTrigger>
        <MenuPopover>
          <MenuList>
            <MenuItem onClick={() => setAsking('addTag')}>Add a scope tag</MenuItem>
            <MenuItem onClick={() => setAsking('removeTag')}>Remove a scope tag</MenuItem>
          </MenuList>
        </MenuPopover>
      </Menu>
      <Button disabled={readOnly} onClick={() => run({ kind: 'sync' })}>Sync licenses</Button>
      <Button disabled={readOnly} onClick={() => setAsking('delete')}>Delete</Button>
      <Button appearance="subtle" onClick={onClear}>Clear selection</Button>

      <ConfirmDialog
        open={asking === 'country'}
        modalType="modal"
        title={`Set the country or region of ${formatCount(count)} tokens`}
        confirmLabel={`Set for ${formatCount(count)} tokens`}
        confirmDisabled={!country}
        onConfirm={() => run({ kind: 'edit', edit: { kind: 'countryOrRegion', code: country } })}
        onCancel={close}
      >
        <Field label="Country or region" hint="Intune reads app details from this store: apps missing there stop updating.">
          <CountryPicker value={country} onChange={setCountry} />
        </Field>
      </ConfirmDialog>

      <ConfirmDialog
        open={asking === 'addTag' || asking === 'removeTag'}
        modalType="modal"
        title={asking === 'removeTag' ? 'Remove a scope tag' : 'Add a scope tag'}
        confirmLabel={`${asking === 'removeTag' ? 'Remove' : 'Add'} for ${formatCount(count)} tokens`}
        confirmDisabled={!tagValid}
        onConfirm={() => run({ kind: 'edit', edit: { kind: asking === 'removeTag' ? 'removeScopeTag' : 'addScopeTag', tag: tag.trim() } })}
        onCancel={close}
      >
        <Field label="Scope tag ID" hint="0 is Default." validationMessage={tag && !tagValid ? 'Scope tag IDs are numbers, like 0 for Default.' : undefined}>
          <Input value={tag} inputMode="numeric" onChange={(_, data) => setTag(data.value)} />
        </Field>
      </ConfirmDialog>

      <ConfirmDialog
        open={asking === 'delete'}
        title={`Delete ${countLabel}?`}
        confirmLabel={`Delete ${countLabel}`}
        onConfirm={() => run({ kind: 'delete' })}
        onCancel={close}
      >
        <p>Deleting a token also removes, in Intune, the apps it brought in and their assignments. It can't be undone. Revoke their licenses first.</p>
        <ul className={styles.names} aria-label="Tokens to delete">
          {selected.map((token) => (
            <li key={token.id}>{tokenName(token)}</li>
          ))}
        </ul>
      </ConfirmDialog>
    </Toolbar>
  );
}
