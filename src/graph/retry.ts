import { GraphError, isRetryable } from './graph-error';

/** Graph's Retry-After when it gives one, else exponential backoff: 2 s, 4 s, 8 s … capped at 30 s. */
export function retryDelayMs(failureCount: number, error: unknown): number {
  if (error instanceof GraphError && error.retryAfterSeconds !== undefined) return error.retryAfterSeconds * 1000;
  return Math.min(1000 * 2 ** Math.max(1, failureCount), 30_000);
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
