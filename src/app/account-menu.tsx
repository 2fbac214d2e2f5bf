import { Button, makeStyles, Menu, MenuGroup, MenuGroupHeader, MenuItem, MenuList, MenuPopover, MenuTrigger, Persona, Text, tokens } from '@fluentui/react-components';
import type { SignedInAccount } from '../auth/auth-client';

const useStyles = makeStyles({
  tenant: { color: tokens.colorNeutralForeground3, whiteSpace: 'nowrap' },
});

/** Who is signed in, and sign-out. Its own chunk: Menu and Persona are not needed to show the list. */
export function AccountMenu({ account, onSignOut }: { account: SignedInAccount; onSignOut: () => void }) {
  const styles = useStyles();
  return (
    <>
      {account.tenantId && (
        <Text size={200} className={styles.tenant} title={`Tenant ID ${account.tenantId}`}>
          Tenant {account.tenantId}
        </Text>
      )}
      <Menu>
        <MenuTrigger disableButtonEnhancement>
          <Button appearance="subtle" aria-label={`Signed in as ${account.name} (${account.username})`}>
            <Persona name={account.name} secondaryText={account.username} size="small" />
          </Button>
        </MenuTrigger>
        <MenuPopover>
          <MenuList>
            <MenuGroup>
              <MenuGroupHeader>{account.username}</MenuGroupHeader>
              {account.tenantId && <MenuItem disabled>Tenant {account.tenantId}</MenuItem>}
            </MenuGroup>
            <MenuItem onClick={onSignOut}>Sign out</MenuItem>
          </MenuList>
        </MenuPopover>
      </Menu>
    </>
  );
}
