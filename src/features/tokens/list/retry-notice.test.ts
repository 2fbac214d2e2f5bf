import { describe, expect, it } from 'vitest';
import { GraphError } from '../../../graph/graph-error';
import { retryNotice } from './retry-notice';

const graphError = (status: number, retryAfterSeconds?: number) =>
  new GraphError({ kind: 'http', status, code: 'x', message: 'Something', retryAfterSeconds });

describe('retryNotice', () => {
  it('passes on how long Graph asked us to wait', () => {
    expect(retryNotice(graphError(429, 7))).toBe('Graph asked us to wait 7 s. The tokens keep loading after that.');
  });

  it('still explains throttling when Graph names no wait', () => {
    expect(retryNotice(graphError(429))).toMatch(/^Graph asked us to slow down/);
  });

  it('reports anything else as Graph not answering', () => {
    expect(retryNotice(graphError(503, 2))).toBe("Graph is not answering right now. Trying again…");
    expect(retryNotice(new Error('offline'))).toBe("Graph is not answering right now. Trying again…");
  });
});
