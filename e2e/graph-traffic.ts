import type { Page, Request } from '@playwright/test';
import { expect } from './fixtures';

export type GraphCall = { method: string; path: string; at: number; clientRequestId?: string; request: Request };

/**
 * The page's calls to Graph (not the simulator's control API): when each left, and how many are
 * still on their way, so a test can wait for the screen to settle rather than for a guessed time.
 */
export class GraphTraffic {
  readonly calls: GraphCall[] = [];
  private inFlight = new Set<Request>();
  private quietSince = Date.now();

  constructor(page: Page) {
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (!/^\/graph\/(beta|v1\.0)\//.test(url.pathname)) return;
      this.calls.push({ method: request.method(), path: url.pathname, at: Date.now(), clientRequestId: request.headers()['client-request-id'], request });
      this.inFlight.add(request);
    });
    const done = (request: Request) => {
      if (this.inFlight.delete(request) && this.inFlight.size === 0) this.quietSince = Date.now();
    };
    page.on('requestfinished', done);
    page.on('requestfailed', done);
    // A new document ends every call the old one had on its way, reported or not.
    page.on('load', () => {
      this.inFlight.clear();
      this.quietSince = Date.now();
    });
  }

  /** Resolves once no Graph call has been on its way for `quietMs`; fails naming the calls that kept it busy. */
  async settle(quietMs = 400, timeout = 20_000) {
    const deadline = Date.now() + timeout;
    while (!(this.inFlight.size === 0 && Date.now() - this.quietSince >= quietMs)) {
      if (Date.now() > deadline) {
        const open = [...this.inFlight].map((request) => `${request.method()} ${new URL(request.url()).pathname}`);
        const recent = this.calls.slice(-8).map((call) => `${call.method} ${call.path} at -${Date.now() - call.at} ms`);
        expect({ stillOnTheirWay: open, recentCalls: recent }, `Graph calls kept going for ${timeout} ms`).toEqual({ stillOnTheirWay: [], recentCalls: [] });
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /**
   * Milliseconds between the first two calls of this method to paths containing `path`: a retry's
   * wait. Timed by the browser (when each request started), not by when Playwright told the test:
   * on a busy machine that news can come hundreds of milliseconds late (785 ms measured for a wait
   * the browser's own timing put at 1,153).
   */
  retryGap(method: string, path: string): { waitedMs: number; failedRequestId?: string } | undefined {
    const [first, second] = this.calls.filter((call) => call.method === method && call.path.includes(path));
    return first && second
      ? { waitedMs: second.request.timing().startTime - first.request.timing().startTime, failedRequestId: first.clientRequestId }
      : undefined;
  }
}
