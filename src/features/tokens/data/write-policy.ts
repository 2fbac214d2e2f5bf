import type { QueryClient } from '@tanstack/react-query';
import { GraphError, isOutcomeUnknown } from '../../../graph/graph-error';
import { dropFromList, forgetToken, readListAgain, readTokenAgain } from './token-cache';

/**
 * How a write to a token ended when Graph did not say yes:
 * - `gone`: Graph answered 404, the token no longer exists (deleted elsewhere);
 * - `unknown`: no answer came (dropped connection, timeout), so Graph may have carried it out;
 * - `refused`: Graph answered and did not do it (400, 403, 409, 500, throttling past the retries…).
 */
export type WriteOutcome = 'gone' | 'unknown' | 'refused';

export function writeOutcome(error: unknown): WriteOutcome {
  if (error instanceof GraphError && error.kind === 'http' && error.status === 404) return 'gone';
  if (isOutcomeUnknown(error)) return 'unknown';
  return 'refused';
}

/**
 * What a mutation does with each outcome. Every token mutation states one; `afterFailedWrite` is the
 * only code that acts on it. A refusal changes nothing in the caches: the write's optimistic value
 * simply stops being laid over Graph's, and the screen says why in words.
 */
export type WritePolicy = {
  /**
   * A 404. `dropFromList`: the list stops offering the token; a page open on it keeps its value and
   * says it was deleted. `done`: what the admin asked for (a delete) has happened; the token leaves
   * every cache and the write counts as a success. `refused`: a 404 here does not mean the token is
   * gone (adding one posts to the collection), so it is a refusal like any other.
   */
  gone: 'dropFromList' | 'done' | 'refused';
  /** Without an answer, what is read again to learn whether the write happened, and to show it. */
  unknown: readonly ('token' | 'list')[];
};

/** A save, including a renewal and a bulk edit. The token itself is read again by the last save to settle, whatever the outcome (see update-token.ts). */
export const savePolicy: WritePolicy = { gone: 'dropFromList', unknown: ['list'] };
export const syncPolicy: WritePolicy = { gone: 'dropFromList', unknown: ['token', 'list'] };
export const deletePolicy: WritePolicy = { gone: 'done', unknown: ['list'] };
export const createPolicy: WritePolicy = { gone: 'refused', unknown: ['list'] };

/** For `gone: 'done'`: runs the write, a 404 counting as done. */
export async function goneCountsAsDone(policy: WritePolicy, write: () => Promise<void>): Promise<void> {
  try {
    await write();
  } catch (error) {
    if (policy.gone === 'done' && writeOutcome(error) === 'gone') return;
    throw error;
  }
}

/** A mutation's onError for a write to token `id` (undefined for an add, which has no token yet). */
export function afterFailedWrite(queryClient: QueryClient, id: string | undefined, error: unknown, policy: WritePolicy) {
  const outcome = writeOutcome(error);
  if (outcome === 'gone' && id !== undefined) {
    if (policy.gone === 'dropFromList') dropFromList(queryClient, id);
    else if (policy.gone === 'done') forgetToken(queryClient, id);
  } else if (outcome === 'unknown') {
    if (policy.unknown.includes('token') && id !== undefined) readTokenAgain(queryClient, id);
    if (policy.unknown.includes('list')) readListAgain(queryClient);
  }
}
