/**
 * Mounts the Graph simulator under /graph in both `vite` (dev) and `vite preview`, so the demo
 * and Playwright talk to the same simulated Graph. Each server gets its own simulator (its own
 * tenant), created when the server starts. SIMULATOR_AUTH=verify switches it to checking real
 * tokens (see jwt-authorize.ts).
 */
import type { Plugin } from 'vite';
import { createGraphSimulator, type SimulatorOptions } from './graph-simulator.ts';
import { keepIdleConnections } from './idle-connections.ts';
import { authorizeFromEnv } from './jwt-authorize.ts';
import { createNodeHandler } from './node-adapter.ts';

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
