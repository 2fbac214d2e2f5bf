/**
 * Mounts the Graph simulator under /graph in both `vite` (dev) and `vite preview`, so the demo
 * and Playwright talk to the same simulated Graph. Each server gets its own simulator (its own
 * tenant), created when the server starts. SIMULATOR_AUTH=verify switches it to checking real
 * tokens (see jwt-authorize.ts).
 */
import type { HttpServer, Plugin } from 'vite';
import { createGraphSimulator, type SimulatorOptions } from './graph-simulator.ts';
import { authorizeFromEnv } from './jwt-authorize.ts';
import { createNodeHandler } from './node-adapter.ts';

/**
 * Test clients (Playwright's request context) keep connections alive with no idle limit of their own,
 * while Node closes an idle one after 5 s: a request sent just as the server closes its socket fails
 * with ECONNRESET (a full run lost a test to it after a 5 s pause between two simulator reads). An idle
 * limit longer than any test keeps the server from closing a socket the client is about to reuse.
 */
const idleConnectionMs = 10 * 60_000;

function keepIdleConnections(httpServer: HttpServer | null): void {
  if (httpServer && 'keepAliveTimeout' in httpServer) httpServer.keepAliveTimeout = idleConnectionMs;
}

export function graphSimulator(options?: SimulatorOptions): Plugin {
  const create = () => createGraphSimulator({ authorize: authorizeFromEnv(process.env), ...options });
  return {
    name: 'vpp-graph-simulator',
    // Registered directly (not in a returned post-hook) so /graph answers before Vite's own
    // middlewares, including the SPA fallback to index.html.
    configureServer(server) {
      keepIdleConnections(server.httpServer);
      server.middlewares.use(createNodeHandler(create()));
    },
    configurePreviewServer(server) {
      keepIdleConnections(server.httpServer);
      server.middlewares.use(createNodeHandler(create()));
    },
  };
}
