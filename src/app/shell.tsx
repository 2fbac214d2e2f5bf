import { Button, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Text, tokens } from '@fluentui/react-components';
import { useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { lazy, Suspense, useEffect, useRef, useState, type ReactNode } from 'react';
import { failedForWantOfAccount, type SignedInAccount } from '../auth/auth-client';
import { useAuthClient, useAuthProblem, useSignedInAccount } from '../auth/auth-context';
import { useHeadingStyles } from '../ui/heading-styles';
import { confirmLeaving, stayedAfterAll } from '../ui/leave-questions';

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
  main: {
    flexGrow: 1,
    padding: tokens.spacingHorizontalL,
    width: '100%',
    boxSizing: 'border-box',
    // Focused by the skip link only, as where reading starts: nothing in it to operate as such.
    ':focus': { outlineStyle: 'none' },
  },
  signIn: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalM, maxWidth: '640px' },
  skip: {
    position: 'absolute',
    left: '-10000px',
    ':focus': { left: tokens.spacingHorizontalS, top: tokens.spacingVerticalS, zIndex: 10, backgroundColor: tokens.colorNeutralBackground1, padding: tokens.spacingHorizontalS },
  },
});

/**
 * Data read for one account must never show for the next one signed in this tab, nor a read that
 * failed while nobody was signed in (a failed read is not read again as its page mounts). Forgotten
 * as the account changes, before the pages the next account sees render.
 */
function useForgetDataOfPreviousAccount(account: SignedInAccount | null | undefined) {
  const queryClient = useQueryClient();
  // The username, null for nobody, undefined while sign-in starts: what is read meanwhile is the coming account's.
  const who = account === undefined ? undefined : (account?.username ?? null);
  const [known, setKnown] = useState(who);
  if (who !== undefined && who !== known) {
    // While rendering (React's "adjusting state when a prop changes"), so the pages below never
    // render with what was read before the change.
    if (known !== undefined) queryClient.clear();
    setKnown(who);
  }
  // A route's loader may start its read while sign-in is still starting (back from the provider's
  // redirect, before MSAL has set the account): such a read fails for want of an account and is not
  // read again on mount, so once someone is signed in, those reads are made again. Only those: a
  // read Graph itself refused stays refused, with its message and Retry.
  const username = account?.username;
  useEffect(() => {
    if (username) {
      void queryClient.resetQueries({ predicate: (query) => query.state.status === 'error' && failedForWantOfAccount(query.state.error) });
    }
  }, [username, queryClient]);
}

/** The header and the sign-in gate around the page the address names. */
export function Shell({ extra, children }: { extra?: ReactNode; children: ReactNode }) {
  const styles = useStyles();
  useHeadingStyles();
  const auth = useAuthClient();
  const account = useSignedInAccount();
  const problem = useAuthProblem();
  const [busy, setBusy] = useState(false);
  const mainRef = useRef<HTMLElement>(null);
  useForgetDataOfPreviousAccount(account);
  // A sign-in or sign-out that did not complete left the admin here: the guards ask again before the next departure.
  useEffect(() => {
    if (problem) stayedAfterAll();
  }, [problem]);

  // A redirect leaves the page; a popup or a failure comes back here, so the button is usable again.
  const run = (action: () => Promise<void>) => {
    setBusy(true);
    void action().finally(() => setBusy(false));
  };
  const signOut = async () => {
    // Leaving the page, though no navigation: unsaved edits and bulk changes under way ask first.
    if (!(await confirmLeaving())) return;
    await auth.signOut();
  };

  return (
    <div className={styles.root}>
      <a
        className={styles.skip}
        href="#main"
        onClick={(event) => {
          // Focus only: a #main history entry is no page of its own, and moving through history
          // across one must still count it as a step (see browser-history.ts).
          event.preventDefault();
          mainRef.current?.focus();
        }}
      >
        Skip to content
      </a>
      <header className={styles.header}>
        <Link className={styles.product} to="/">VPP Console</Link>
        <Text size={200}>Apple VPP tokens in Microsoft Intune</Text>
        <span className={styles.spacer} />
        {extra}
        {account && (
          <Suspense fallback={<Text size={200}>{account.name}</Text>}>
            <AccountMenu account={account} onSignOut={() => run(signOut)} />
          </Suspense>
        )}
      </header>
      <main id="main" ref={mainRef} tabIndex={-1} className={styles.main}>
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
