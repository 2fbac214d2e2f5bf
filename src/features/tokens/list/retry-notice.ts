import { GraphError } from '../../../graph/graph-error';

/** What to tell the admin while the list is being fetched again after a failed attempt. */
export function retryNotice(reason: unknown): string {
  if (reason instanceof GraphError && reason.status === 429) {
    return reason.retryAfterSeconds === undefined
      ? 'Graph asked us to slow down. The tokens keep loading in a moment.'
      : `Graph asked us to wait ${reason.retryAfterSeconds} s. The tokens keep loading after that.`;
  }
  return "Graph is not answering right now. Trying again…";
}
