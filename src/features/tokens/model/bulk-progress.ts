/** One token's part in a bulk run, as the mutation cache knows it. */
export type BulkStep = {
  tokenId: string;
  tokenName: string;
  status: 'idle' | 'pending' | 'success' | 'error';
  /** Failed tries so far while still pending: Graph throttled or was busy, and a retry waits. */
  failureCount: number;
  error: unknown;
};

export type BulkProgress = {
  total: number;
  done: number;
  retrying: number;
  remaining: number;
  failed: BulkStep[];
  finished: boolean;
};

/** Counts a run from its steps; a token tried again counts by its latest try. */
export function summarizeBulkRun(steps: readonly BulkStep[]): BulkProgress {
  const latest = new Map<string, BulkStep>();
  for (const step of steps) latest.set(step.tokenId, step);
  const all = [...latest.values()];
  const pending = all.filter((s) => s.status === 'pending' || s.status === 'idle');
  const retrying = pending.filter((s) => s.failureCount > 0).length;
  return {
    total: all.length,
    done: all.filter((s) => s.status === 'success').length,
    retrying,
    remaining: pending.length - retrying,
    failed: all.filter((s) => s.status === 'error'),
    finished: pending.length === 0,
  };
}
