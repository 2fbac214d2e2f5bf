import { Button, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Text, tokens } from '@fluentui/react-components';
import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useRef, useState, type ReactNode } from 'react';
import { Link } from '../routing/router';
import type { SignedInAccount } from '../auth/auth-client';
import { useAuthClient, useAuthProblem, useSignedInAccount } from '../auth/auth-context';
import { paths } from '../config/paths';
import { useHeadingStyles } from '../ui/heading-styles';

const AccountMenu = lazy(() => import('./account-menu').then((m) => ({ default: m.AccountMenu })));

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
  // The list uses all the width it has: its columns grow with it and give long names the room.
  main: { flexGrow: 1, padding: tokens.spacingHorizontalL, width: '100%', boxSizing: 'border-box' },
  signIn: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalM, maxWidth: '640px' },
  skip: {
    position: 'absolute',
    left: '-10000px',
    ':focus': { left: tokens.spacingHorizontalS, top: tokens.spacingVerticalS, zIndex: 10, backgroundColor: tokens.colorNeutralBackground1, padding: tokens.spacingHorizontalS },
  },
});

/** Data fetched for one account must never show for the next one signed in this tab. */
function useForgetDataOfPreviousAccount(account: SignedInAccount | null | undefined) {
  const queryClient = useQueryClient();
  const previous = useRef(account?.username);
  useEffect(() => {
    if (previous.current !== undefined && previous.current !== account?.username) queryClient.clear();
    previous.current = account?.username;
  }, [account, queryClient]);
}

/** The header and the sign-in gate around the page the address names. */
export function Shell({ extra, children }: { extra?: ReactNode; children: ReactNode }) {
  const styles = useStyles();
  useHeadingStyles();
  const auth = useAuthClient();
  const account = useSignedInAccount();
  const problem = useAuthProblem();
  const [busy, setBusy] = useState(false);
  useForgetDataOfPreviousAccount(account);

  // A redirect leaves the page; a popup or a failure comes back here, so the button is usable again.
  const run = (action: () => Promise<void>) => {
    setBusy(true);
    void action().finally(() => setBusy(false));
  };

  return (
    <div className={styles.root}>
      <a className={styles.skip} href="#main">Skip to content</a>
      <header className={styles.header}>
        <Link className={styles.product} to={paths.tokens.href()}>VPP Console</Link>
        <Text size={200}>Apple VPP tokens in Microsoft Intune</Text>
        <span className={styles.spacer} />
        {extra}
        {account && (
          <Suspense fallback={<Text size={200}>{account.name}</Text>}>
            <AccountMenu account={account} onSignOut={() => run(() => auth.signOut())} />
          </Suspense>
        )}
      </header>
      <main id="main" className={styles.main}>
        {problem && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{account ? 'Sign-in problem' : 'You are not signed in'}</MessageBarTitle>
              {problem}
            </MessageBarBody>
          </MessageBar>
        )}
        {/* Until sign-in knows who is signed in (MSAL finishing a sign-in the page came back from),
            the main area stays empty, as index.html's skeleton shows it. */}
        {account === undefined ? null : account ? (
          <Suspense fallback={null}>{children}</Suspense>
        ) : (
          <section className={styles.signIn} aria-labelledby="sign-in-heading">
            <h1 id="sign-in-heading">Sign in to manage your VPP tokens</h1>
            <p>Use your work account with access to Intune.</p>
            <Button appearance="primary" disabled={busy} onClick={() => run(() => auth.signIn())}>
              {busy ? 'Signing in…' : 'Sign in'}
            </Button>
          </section>
        )}
      </main>
    </div>
  );
}
