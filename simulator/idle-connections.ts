/**
 * Test clients (Playwright's request context) keep connections alive with no idle limit of their own,
 * while Node closes an idle one after 5 s: a client too busy to have seen that close yet sends its next
 * request on the dead socket and gets ECONNRESET (a full run lost a test to it, 6 s after the test's
 * first simulator call). An idle limit longer than any test leaves no such socket to reuse.
 */
const idleConnectionMs = 10 * 60_000;

/** For any Node HTTP(S) server the tests talk to: the simulator's, the test OpenID provider's. */
export function keepIdleConnections(server: object | null): void {
  if (server && 'keepAliveTimeout' in server) server.keepAliveTimeout = idleConnectionMs;
}
