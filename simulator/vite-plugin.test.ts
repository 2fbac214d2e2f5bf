import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { preview, type PreviewServer } from 'vite';
import { graphSimulator } from './vite-plugin.ts';

let server: PreviewServer;
let outDir: string;

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'simulator-preview-'));
  writeFileSync(join(outDir, 'index.html'), '<!doctype html><title>preview</title>');
  server = await preview({
    configFile: false,
    logLevel: 'silent',
    plugins: [graphSimulator()],
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1' },
  });
});
afterAll(async () => {
  await server.close();
  rmSync(outDir, { recursive: true, force: true });
});

it('a preview server holds idle connections for minutes, so a test reading the simulator after a pause never meets a socket closed under it', async () => {
  const origin = server.resolvedUrls?.local[0] ?? '';
  const response = await fetch(new URL('/graph/_simulator/state', origin));
  expect(response.status).toBe(200);
  // Node's default is timeout=5: a test that paused five seconds between two reads lost its request to ECONNRESET.
  const idleSeconds = Number(/timeout=(\d+)/.exec(response.headers.get('keep-alive') ?? '')?.[1]);
  expect(idleSeconds).toBeGreaterThanOrEqual(5 * 60);
});
