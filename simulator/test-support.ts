/** Shared helpers for the simulator's tests: build requests the way the app's client sends them. */
import { createGraphSimulator, type GraphSimulator, type SimulatorOptions } from './graph-simulator.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read arbitrary Graph JSON
export type Json = any;

export const ORIGIN = 'http://localhost:5173';

export interface CallOptions {
  body?: unknown;
  headers?: Record<string, string>;
  /** Omit the Authorization header. */
  anonymous?: boolean;
}

export function graphRequest(method: string, path: string, options: CallOptions = {}): Request {
  const headers = new Headers(options.headers);
  if (!options.anonymous && !headers.has('authorization')) headers.set('Authorization', 'Bearer test-token');
  let body: string | undefined;
  if (options.body !== undefined) {
    body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
    if (!headers.has('content-type')) headers.set('Content-Type', 'application/json');
  }
  const url = path.startsWith('http') ? path : `${ORIGIN}${path.startsWith('/graph') ? '' : '/graph/beta'}${path}`;
  return new Request(url, { method, headers, ...(body !== undefined ? { body } : {}) });
}

export async function call(
  sim: GraphSimulator,
  method: string,
  path: string,
  options: CallOptions = {},
): Promise<{ status: number; headers: Headers; body: Json }> {
  const response = await sim.handle(graphRequest(method, path, options));
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text === '' ? undefined : JSON.parse(text) };
}

/** A simulator on a clock the test moves by hand. */
export function simulatorWithClock(start = Date.UTC(2026, 0, 15, 9, 0, 0), options: SimulatorOptions = {}) {
  const clock = { now: start };
  const sim = createGraphSimulator({ now: () => clock.now, ...options });
  return { sim, clock };
}

export const TOKENS = '/deviceAppManagement/vppTokens';
