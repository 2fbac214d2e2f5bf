// Shared by the benchmark scripts: serve the demo build with the Graph simulator, and drive Chromium.
import { spawn, spawnSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from './chromium.mjs';

/** Builds the demo (production-optimised, demo sign-in kept) and serves it with `vite preview` on `port`. */
export async function startDemoServer({ port, build = true }) {
  const outDir = `dist-bench-${port}`;
  if (build) {
    const built = spawnSync('npx', ['vite', 'build', '--mode', 'demo', '--outDir', outDir, '--logLevel', 'error'], { stdio: 'inherit' });
    if (built.status !== 0) throw new Error('vite build failed');
  }
  const server = spawn('npx', ['vite', 'preview', '--mode', 'demo', '--outDir', outDir, '--port', String(port), '--strictPort'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  const url = `http://localhost:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${url}/config.json`)).ok) break;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    stop: () => {
      try {
        process.kill(-server.pid);
      } catch {
        // already gone
      }
    },
  };
}

/** Calls the simulator's control API (reset, settings, faults) and returns its answer. */
export async function simulator(url, path, body) {
  const response = await fetch(`${url}/graph/_simulator/${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body ?? {}),
  });
  if (!response.ok) throw new Error(`simulator ${path}: ${response.status}`);
  return response.json();
}

export function launchChromium() {
  return chromium.launch(chromiumLaunchOptions());
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
