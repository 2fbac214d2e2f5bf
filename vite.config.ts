/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import griffel from '@griffel/vite-plugin';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { graphSimulator } from './simulator/vite-plugin.ts';

/**
 * Serves /config.json from the file VPP_CONFIG names (config/demo.json by default) in the dev and
 * preview servers. A production host serves its own config.json beside index.html instead.
 */
function runtimeConfig(): Plugin {
  const serve = (req: { url?: string }, res: import('node:http').ServerResponse, next: () => void) => {
    if (req.url?.split('?')[0] !== '/config.json') return next();
    const file = resolve(process.env.VPP_CONFIG ?? 'config/demo.json');
    res.setHeader('Content-Type', 'application/json');
    res.setHeader('Cache-Control', 'no-store');
    res.end(readFileSync(file));
  };
  return {
    name: 'vpp-runtime-config',
    configureServer: (server) => void server.middlewares.use(serve),
    configurePreviewServer: (server) => void server.middlewares.use(serve),
  };
}

export default defineConfig(({ mode, command }) => ({
  plugins: [
    react(),
    // Builds turn each makeStyles into the CSS it makes (Griffel's ahead-of-time compile, as Fluent's
    // own packages ship): the browser no longer resolves the app's styles, nor downloads the code that
    // did. The dev server keeps the runtime, which reloads faster.
    command === 'build' && griffel(),
    runtimeConfig(),
    graphSimulator(),
  ],
  define: {
    // Demo sign-in and the simulator panel exist only in non-production builds; `vite build`
    // drops them as dead code, so the shipped bundle carries none of it.
    __DEMO_BUILD__: JSON.stringify(mode !== 'production'),
  },
  server: { port: 5173 },
  preview: { port: 4173 },
  build: {
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
    // The MSAL v5 redirect bridge is a page of its own, with none of the app in it.
    rolldownOptions: { input: { main: resolve('index.html'), redirect: resolve('redirect.html') } },
  },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'node', environment: 'node', include: ['simulator/**/*.test.ts', 'src/**/*.test.ts', 'scripts/**/*.test.ts'] },
      },
      {
        extends: true,
        test: { name: 'dom', environment: 'jsdom', include: ['src/**/*.test.tsx'], setupFiles: ['src/test/setup-dom.ts'] },
      },
    ],
  },
}));
