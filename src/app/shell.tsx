import { Button, makeStyles, Menu, MenuItem, MenuList, MenuPopover, MenuTrigger, Persona, Text, tokens } from '@fluentui/react-components';
import { Suspense, type ReactNode } from 'react';
import { Link, Outlet } from 'react-router';
import { useAuthClient, useSignedInAccount } from '../auth/auth-context';
import { paths } from '../config/paths';

const useStyles = makeStyles({
  root: { minHeight: '100vh', display: 'flex', flexDirection: 'column', backgroundColor: tokens.colorNeutralBackground2 },
  header: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  product: { color: tokens.colorNeutralForeground1, textDecorationLine: 'none', fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400 },
  spacer: { flexGrow: 1 },
  main: { flexGrow: 1, padding: tokens.spacingHorizontalL, maxWidth: '1600px', width: '100%', boxSizing: 'border-box', margin: '0 auto' },
  skip: {
    position: 'absolute',
    left: '-10000px',
    ':focus': { left: tokens.spacingHorizontalS, top: tokens.spacingVerticalS, zIndex: 10, backgroundColor: tokens.colorNeutralBackground1, padding: tokens.spacingHorizontalS },
  },
});

export function Shell({ extra }: { extra?: ReactNode }) {
  const styles = useStyles();
  const auth = useAuthClient();
  const account = useSignedInAccount();
  return (
    <div className={styles.root}>
      <a className={styles.skip} href="#main">Skip to content</a>
      <header className={styles.header}>
        <Link className={styles.product} to={paths.tokens.href()}>VPP Console</Link>
        <Text size={200}>Apple VPP tokens in Microsoft Intune</Text>
        <span className={styles.spacer} />
        {extra}
        {account ? (
          <Menu>
            <MenuTrigger disableButtonEnhancement>
              <Button appearance="subtle" aria-label={`Signed in as ${account.name}`}>
                <Persona name={account.name} secondaryText={account.username} size="small" />
              </Button>
            </MenuTrigger>
            <MenuPopover>
              <MenuList>
                {account.tenantId && <MenuItem disabled>Tenant {account.tenantId}</MenuItem>}
                <MenuItem onClick={() => void auth.signOut()}>Sign out</MenuItem>
              </MenuList>
            </MenuPopover>
          </Menu>
        ) : (
          <Button appearance="primary" onClick={() => void auth.signIn()}>Sign in</Button>
        )}
      </header>
      <main id="main" className={styles.main}>
        {account ? (
          <Suspense fallback={null}>
            <Outlet />
          </Suspense>
        ) : (
          <section aria-labelledby="sign-in-heading">
            <h1 id="sign-in-heading">Sign in to manage your VPP tokens</h1>
            <p>Use your work account with access to Intune.</p>
            <Button appearance="primary" onClick={() => void auth.signIn()}>Sign in</Button>
          </section>
        )}
      </main>
    </div>
  );
}
