import { GraphError, isRetryable } from './graph-error';

/**
 * Graph's Retry-After when it gives one. Without it, exponential back-off (2 s, 4 s, 8 s … capped at
 * 30 s) with up to half of each wait taken off at random, so that the many tabs and admins Graph
 * throttled at the same moment do not all come back at the same moment. The chance is drawn from the
 * failed request's own ID: the retry and the notice counting down to it agree on the wait.
 */
export function retryDelayMs(failureCount: number, error: unknown): number {
  if (error instanceof GraphError && error.retryAfterSeconds !== undefined) return error.retryAfterSeconds * 1000;
  const ceiling = Math.min(1000 * 2 ** Math.max(1, failureCount), 30_000);
  const id = error instanceof GraphError ? error.clientRequestId : undefined;
  return Math.round(ceiling * (1 - unitFraction(id ?? '') / 2));
}

/** A number in [0, 1) that `text` always gives and other texts spread evenly (FNV-1a, then MurmurHash3's final mix). */
function unitFraction(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
  return ((hash ^ (hash >>> 16)) >>> 0) / 2 ** 32;
}

/**
 * How many times a failed Graph call is tried again, after waiting, before the admin is told: the
 * client's retry rules below and the screens' retry notices ("attempt 2 of 4") both read it.
 */
export const graphRetryLimit = 3;

/** Every try of one call, the first included. */
export const graphTries = graphRetryLimit + 1;

/** Reads are repeated on throttling, a busy service or a lost connection, at most graphRetryLimit times. */
export function shouldRetryRead(failureCount: number, error: unknown): boolean {
  return failureCount < graphRetryLimit && error instanceof GraphError && isRetryable(error);
}

/** Only throttling and a busy service are worth repeating a change for; everything else needs the admin. */
export function shouldRetryWrite(failureCount: number, error: unknown): boolean {
  return failureCount < graphRetryLimit && error instanceof GraphError && (error.status === 429 || error.status === 503);
}
