import { EventType, InteractionStatus, InteractionType, type AccountInfo, type AuthenticationResult, type IPublicClientApplication } from '@azure/msal-browser';
import { MsalProvider, useAccount, useIsAuthenticated, useMsal } from '@azure/msal-react';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { EntraAuthConfig } from '../config/app-config';
import type { AuthClient, SignIn, SignedInAccount } from './auth-client';
import { AuthProvider } from './auth-context';
import { createGraphTokens, type GraphTokens } from './entra-access-token';
import { allowsWrite, grantedScopes } from './granted-scopes';
import { startPublicClient } from './msal-instance';
import { describeSignInError, isPopupBlocked } from './sign-in-error';

function toSignedInAccount(account: AccountInfo): SignedInAccount {
  return { name: account.name || account.username, username: account.username, tenantId: account.tenantId || undefined };
}

const sameScopes = (a: string[] | undefined, b: string[]) => a !== undefined && a.join(' ') === b.join(' ');

/**
 * The app's sign-in seam over msal-react: who is signed in from useIsAuthenticated and useAccount,
 * what the account may do from the tokens MSAL reports, and every interactive call (sign-in,
 * sign-out, a session renewed with the admin's help) made from here, inside MsalProvider.
 */
function EntraSession({ config, tokens, children }: { config: EntraAuthConfig; tokens: GraphTokens; children: ReactNode }) {
  const { instance, inProgress } = useMsal();
  const authenticated = useIsAuthenticated();
  const active = useAccount();
  const [scopes, setScopes] = useState<string[]>();
  const [problem, setProblem] = useState<string | null>(null);

  // One interaction at a time in this tab: callers that need one while another runs wait for it
  // instead of starting a second (MSAL's interaction_in_progress).
  const interaction = useRef<Promise<void> | null>(null);
  const interact = useCallback((run: () => Promise<void>) => {
    interaction.current ??= run().finally(() => {
      interaction.current = null;
    });
    return interaction.current;
  }, []);

  useEffect(() => {
    const id = instance.addEventCallback(
      (event) => {
        if (event.eventType === EventType.ACQUIRE_TOKEN_SUCCESS) {
          const next = grantedScopes(event.payload as AuthenticationResult);
          setScopes((current) => (sameScopes(current, next) ? current : next));
        } else if (event.interactionType === InteractionType.Redirect) {
          // The answer of a redirect sign-in reaches only MsalProvider, which handles it: its failure only as this event.
          setProblem(describeSignInError(event.error));
        }
      },
      [EventType.ACQUIRE_TOKEN_SUCCESS, EventType.ACQUIRE_TOKEN_FAILURE],
    );
    return () => {
      if (id) instance.removeEventCallback(id);
    };
  }, [instance]);

  useEffect(
    () =>
      tokens.renewWith((account) =>
        interact(async () => {
          const request = { scopes: config.scopes, account };
          if (config.interaction === 'popup') {
            try {
              await instance.acquireTokenPopup(request);
              return;
            } catch (error) {
              // A popup opened outside a click is usually blocked; the redirect always works.
              if (!isPopupBlocked(error)) throw error;
            }
          }
          await instance.acquireTokenRedirect(request);
        }),
      ),
    [tokens, interact, instance, config],
  );

  const signIn = useCallback(
    () =>
      interact(async () => {
        setProblem(null);
        const request = { scopes: config.scopes, extraScopesToConsent: config.extraScopesToConsent };
        try {
          if (config.interaction === 'popup') await instance.loginPopup(request);
          else await instance.loginRedirect(request);
        } catch (error) {
          setProblem(describeSignInError(error));
        }
      }),
    [interact, instance, config],
  );

  const signOut = useCallback(
    () =>
      interact(async () => {
        setProblem(null);
        const current = instance.getActiveAccount();
        // OpenID providers other than Entra honour post_logout_redirect_uri only with an id_token_hint.
        const request = { account: current, idTokenHint: current?.idToken };
        try {
          if (config.interaction === 'popup') {
            await instance.logoutPopup(request);
            setScopes(undefined);
          } else {
            await instance.logoutRedirect(request);
          }
        } catch (error) {
          setProblem(describeSignInError(error));
        }
      }),
    [interact, instance, config],
  );

  // Until MsalProvider has finished any sign-in the page came back from, nobody is known either way.
  const starting = inProgress === InteractionStatus.Startup || inProgress === InteractionStatus.HandleRedirect;
  const account = useMemo(() => (starting ? undefined : !authenticated ? null : active ? toSignedInAccount(active) : undefined), [starting, authenticated, active]);
  const client = useMemo<AuthClient>(
    () => ({ kind: 'entra', account, canWrite: scopes === undefined ? undefined : allowsWrite(scopes), problem, signIn, signOut }),
    [account, scopes, problem, signIn, signOut],
  );
  return <AuthProvider value={client}>{children}</AuthProvider>;
}

/**
 * Entra sign-in as msal-react intends it: the one PublicClientApplication, created and initialized
 * before the first render, under MsalProvider (which finishes a redirect sign-in the page came back
 * from), and the app's seam inside it. Rejects when MSAL cannot start.
 */
export async function startEntraSignIn(config: EntraAuthConfig): Promise<SignIn> {
  const instance: IPublicClientApplication = await startPublicClient(config);
  const tokens = createGraphTokens(instance, config.scopes);
  return {
    getAccessToken: tokens.getAccessToken,
    wrap: (app) => (
      <MsalProvider instance={instance}>
        <EntraSession config={config} tokens={tokens}>
          {app}
        </EntraSession>
      </MsalProvider>
    ),
  };
}
