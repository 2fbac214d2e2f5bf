import { GraphError } from '../../../graph/graph-error';
import { readWritePermission } from './save-failure';

/** What the admin asked Graph for, besides a save (which has its own rules: see save-failure.ts). */
export type TokenAction = 'load' | 'delete' | 'sync';

const readPermission = 'DeviceManagementServiceConfig.Read.All';

/**
 * A failed load, delete or sync in words: what happened, in Graph's own words where they help, then
 * what to do next. Graph's text for 401 and 403 speaks of applications and access tokens, so those
 * are said plainly instead; the code and request ID still show beside the message.
 */
export function describeActionFailure(action: TokenAction, error: unknown): string {
  const [happened, next] = parts(action, error);
  // A refused delete puts the row back; without an answer the list is read again instead (see delete-token.ts).
  const back = action === 'delete' && isRefusal(error) ? ' It is back in the list.' : '';
  return `${happened}${back} ${next}`;
}

function parts(action: TokenAction, error: unknown): [string, string] {
  if (!(error instanceof GraphError)) return [error instanceof Error ? error.message : 'Something unexpected went wrong.', retryLater];
  if (error.kind === 'network') return ['The connection dropped before Graph answered.', afterDrop[action]];
  if (error.kind === 'timeout') return [error.message.replace(/ Try again in a moment\.$/, ''), afterTimeout[action]];
  if (error.kind === 'parse') return [error.message, retryLater];
  switch (error.status) {
    case 401:
      return ['Your sign-in has expired.', 'Sign in again, then retry.'];
    case 403:
      return action === 'load'
        ? [`Your account can't read VPP tokens: that needs the ${readPermission} or ${readWritePermission} permission.`, askAdmin]
        : [`Your account can read this token but not change it: that needs the ${readWritePermission} permission.`, askAdmin];
    case 404:
      return action === 'load'
        ? [error.message, 'Check graph.baseUrl and graph.version in config.json, then retry.']
        : ['This token no longer exists in Intune: it was deleted elsewhere.', 'Go back to the list of VPP tokens.'];
    case 409:
      return [error.message, conflict[action]];
    case 412:
      return action === 'load' ? [error.message, retryLater] : [error.message, `The token changed since this page read it: refresh, then ${again[action]}.`];
    case 429:
      return [error.message, `Graph is throttling requests: wait a minute, then ${again[action]}.`];
    default:
      return [error.message, retryLater];
  }
}

function isRefusal(error: unknown): boolean {
  return !(error instanceof GraphError) || (error.kind === 'http' && error.status !== 404);
}

const retryLater = 'Try again in a moment; if it keeps failing, give support the request ID.';
const askAdmin = 'Ask an Intune administrator to grant it.';

const again: Record<TokenAction, string> = { load: 'retry', delete: 'delete it again', sync: 'sync again' };

const afterDrop: Record<TokenAction, string> = {
  load: 'Check your connection, then retry.',
  delete: 'Check your connection, then delete it again if it is still in the list.',
  sync: 'Check your connection, then sync again.',
};

// A request that timed out may still have been carried out; the screen reads Graph again to show which.
const afterTimeout: Record<TokenAction, string> = {
  load: 'Retry in a moment.',
  delete: 'The token may have been deleted all the same: the list shows what Graph holds now.',
  sync: 'The sync may have started all the same: the token shows what Graph holds now; sync again if it did not.',
};

const conflict: Record<TokenAction, string> = {
  load: retryLater,
  delete: 'Intune cannot delete the token in its current state: wait for any sync to finish, refresh, then delete it again.',
  sync: 'Intune cannot start a sync now, often because one is under way: wait for it to finish, then sync again.',
};
