/**
 * Test clients (Playwright's request context) keep connections alive with no idle limit of their own,
 * while Node closes an idle one after 5 s: a request sent just as the server closes its socket fails
 * with ECONNRESET (a full run lost a test to it after a 5 s pause between two simulator reads). An idle
 * limit longer than any test keeps a server from closing a socket the client is about to reuse.
 */
const idleConnectionMs = 10 * 60_000;

/** For any Node HTTP(S) server the tests talk to: the simulator's, the test OpenID provider's. */
export function keepIdleConnections(server: object | null): void {
  if (server && 'keepAliveTimeout' in server) server.keepAliveTimeout = idleConnectionMs;
}
