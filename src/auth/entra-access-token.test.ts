// @vitest-environment jsdom
import { AuthError, InteractionRequiredAuthError, PublicClientApplication, type AccountInfo, type AuthenticationResult } from '@azure/msal-browser';
import { describe, expect, it, vi } from 'vitest';
import { createGraphTokens } from './entra-access-token';

const scopes = ['https://graph.microsoft.com/DeviceManagementServiceConfig.ReadWrite.All'];
const account = { homeAccountId: 'home', localAccountId: 'local', environment: 'login.microsoftonline.com', tenantId: 'tenant', username: 'adele@contoso.com' } as AccountInfo;

/** A real PublicClientApplication whose session holds `signedIn` and whose silent calls answer as told. */
function msal(signedIn: AccountInfo | null, ...answers: (string | Error)[]) {
  const instance = new PublicClientApplication({ auth: { clientId: '00000000-0000-0000-0000-000000000001', authority: 'https://login.microsoftonline.com/common' } });
  vi.spyOn(instance, 'getActiveAccount').mockReturnValue(signedIn);
  const silent = vi.spyOn(instance, 'acquireTokenSilent').mockImplementation(async () => {
    const answer = answers.shift();
    if (answer instanceof Error) throw answer;
    return { accessToken: answer } as AuthenticationResult;
  });
  return { instance, silent };
}

describe('Graph tokens from MSAL', () => {
  it('reads the active account’s token silently, skipping the cache when asked', async () => {
    const { instance, silent } = msal(account, 'cached', 'fresh');
    const tokens = createGraphTokens(instance, scopes);
    expect(await tokens.getAccessToken()).toBe('cached');
    expect(await tokens.getAccessToken({ forceRefresh: true })).toBe('fresh');
    expect(silent.mock.calls.map(([request]) => request)).toEqual([
      { scopes, account, forceRefresh: false },
      { scopes, account, forceRefresh: true },
    ]);
  });

  it('with nobody signed in, says sign-in is needed without asking MSAL or the admin', async () => {
    const { instance, silent } = msal(null);
    const tokens = createGraphTokens(instance, scopes);
    const renew = vi.fn(async () => {});
    tokens.renewWith(renew);
    await expect(tokens.getAccessToken()).rejects.toMatchObject({ errorCode: 'no_account' });
    expect(silent).not.toHaveBeenCalled();
    expect(renew).not.toHaveBeenCalled();
  });

  it('when only the admin can renew the session, has the sign-in ask them, then reads the new token', async () => {
    const { instance } = msal(account, new InteractionRequiredAuthError('invalid_grant', 'correlation'), 'renewed');
    const tokens = createGraphTokens(instance, scopes);
    const renew = vi.fn(async () => {});
    tokens.renewWith(renew);
    expect(await tokens.getAccessToken()).toBe('renewed');
    expect(renew).toHaveBeenCalledWith(account);
  });

  it('asks nobody for other failures, nor once the sign-in has gone (outside MsalProvider)', async () => {
    const offline = new AuthError('no_network_connectivity', 'correlation');
    const { instance } = msal(account, offline, new InteractionRequiredAuthError('invalid_grant', 'correlation'));
    const tokens = createGraphTokens(instance, scopes);
    const renew = vi.fn(async () => {});
    const undo = tokens.renewWith(renew);
    await expect(tokens.getAccessToken()).rejects.toBe(offline);
    undo();
    await expect(tokens.getAccessToken()).rejects.toBeInstanceOf(InteractionRequiredAuthError);
    expect(renew).not.toHaveBeenCalled();
  });
});
