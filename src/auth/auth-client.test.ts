import { InteractionRequiredAuthError } from '@azure/msal-browser';
import { describe, expect, it } from 'vitest';
import { GraphError } from '../graph/graph-error';
import { failedForWantOfAccount, noAccountYet } from './auth-client';

describe('failedForWantOfAccount', () => {
  it('tells a call made before sign-in set an account from a failure Graph answered', () => {
    expect(failedForWantOfAccount(new InteractionRequiredAuthError(noAccountYet, '', 'Sign in to continue.'))).toBe(true);
    expect(failedForWantOfAccount(new InteractionRequiredAuthError('consent_required', ''))).toBe(false);
    expect(failedForWantOfAccount(new GraphError({ kind: 'parse', status: 200, code: 'unreadableResponse', message: 'x' }))).toBe(false);
    expect(failedForWantOfAccount(undefined)).toBe(false);
  });
});
